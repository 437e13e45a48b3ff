package fr.egide.learning;

import java.util.List;

/**
 * One page of unfinished assignments. It may hold fewer entries than asked when some turned
 * out finished on checking, so {@code hasNext} says whether the stored page was full.
 */
public record UnfinishedPage(List<PendingAssignment> assignments, boolean hasNext) {
}
