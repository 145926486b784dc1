package it.retelavoro.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller (or one of its handlers) whose reads are the analysts' reports: indicators, trends, records,
 * exports, open data, outcomes (issue 19). When a read replica is configured ({@code retelavoro.datasource.replica.*}),
 * the read-only transactions of such a request run on it; its writes, and everything outside such requests (an
 * operator who writes and reads back), stay on the primary. A replica that does not answer sends the reports back
 * to the primary. Never on a handler that shows what the same user has just written.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ReportReads {
}
