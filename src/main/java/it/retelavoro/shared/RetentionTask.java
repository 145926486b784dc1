package it.retelavoro.shared;

import java.time.Instant;

/**
 * What a module erases or anonymises when its data have been kept as long as the retention catalogue says (issue
 * 17): one category of the catalogue ({@code retention/retention.yaml}), applied every night on one instance by the
 * retention module, which audits what each did. The module owns the data and decides what "older" means for them.
 */
public interface RetentionTask {

    /** The code of the category, as the catalogue names it. */
    String category();

    /**
     * Erases or anonymises the records of the category that have been kept since before the cut-off.
     *
     * @return how many records it erased or anonymised
     */
    int apply(Instant cutoff);
}
