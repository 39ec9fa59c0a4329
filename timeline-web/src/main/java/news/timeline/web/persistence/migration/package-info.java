/**
 * Flyway's Java migrations, for what SQL alone cannot do on both databases; Flyway finds them here as it finds the
 * scripts in {@code db/migration} ({@code quarkus.flyway.locations}).
 */
package news.timeline.web.persistence.migration;
