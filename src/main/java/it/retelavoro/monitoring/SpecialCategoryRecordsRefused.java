package it.retelavoro.monitoring;

import org.springframework.security.access.AccessDeniedException;

/**
 * The records behind a breakdown by complex target were asked for: they are never listed, whoever asks, since
 * a small value and its records together would name the persons with a special category (GDPR art. 9).
 */
public class SpecialCategoryRecordsRefused extends AccessDeniedException {

    public SpecialCategoryRecordsRefused() {
        super("records behind a breakdown by complex target are never listed");
    }
}
