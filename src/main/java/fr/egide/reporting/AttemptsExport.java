package fr.egide.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.egide.catalog.CourseModule;
import fr.egide.directory.MemberAccount;
import fr.egide.directory.PoleMembers;
import fr.egide.learning.LearningProgress;
import fr.egide.quiz.PoleAttempts;
import fr.egide.quiz.SubmittedAttempt;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Every attempt of a pole, oldest first: member, organisation, module, version, score, pass mark,
 * outcome and time in Paris. Attempts come through a cursor; members are looked up per batch.
 */
@Component
class AttemptsExport implements ExportDownload.Rows {

	private static final int BATCH = 1000;

	private final PoleAttempts attempts;

	private final PoleMembers members;

	private final LearningProgress progress;

	private final MessageSource messages;

	AttemptsExport(PoleAttempts attempts, PoleMembers members, LearningProgress progress, MessageSource messages) {
		this.attempts = attempts;
		this.members = members;
		this.progress = progress;
		this.messages = messages;
	}

	@Override
	public void write(ExportRequest request, Sheet sheet) throws IOException {
		sheet.header(List.of("member", "email", "organisation", "module", "version", "score", "pass-mark", "passed",
				"submitted-at").stream().map(key -> text("export." + key, request)).toList());
		var filter = request.filter();
		List<SubmittedAttempt> batch = new ArrayList<>(BATCH);
		try {
			this.attempts.forEachAttempt(request.pole().id(),
					request.modules().stream().map(CourseModule::id).toList(), filter.organisationId(),
					filter.fromInstant(), filter.untilInstant(), attempt -> {
						batch.add(attempt);
						if (batch.size() == BATCH) {
							flush(request, sheet, batch);
						}
					});
			flush(request, sheet, batch);
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	private void flush(ExportRequest request, Sheet sheet, List<SubmittedAttempt> batch) {
		Set<String> ids = new HashSet<>();
		batch.forEach(attempt -> ids.add(attempt.memberId()));
		Map<String, MemberAccount> accounts = this.members.byId(ids);
		Set<String> kept = request.filter().status() == null ? ids : withStatus(request, ids);
		try {
			for (SubmittedAttempt attempt : batch) {
				if (kept.contains(attempt.memberId())) {
					sheet.row(cells(request, attempt, accounts.get(attempt.memberId())));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		batch.clear();
	}

	private Set<String> withStatus(ExportRequest request, Set<String> ids) {
		Set<String> kept = new HashSet<>();
		this.progress.forMembers(ids).forEach((memberId, modules) -> {
			boolean any = request.modules().stream().map(module -> modules.get(module.id()))
				.anyMatch(view -> view != null && view.status() == request.filter().status());
			if (any) {
				kept.add(memberId);
			}
		});
		return kept;
	}

	private List<Object> cells(ExportRequest request, SubmittedAttempt attempt, MemberAccount member) {
		String title = request.modules().stream().filter(module -> module.id().equals(attempt.moduleId()))
			.map(CourseModule::title).findFirst().orElse(attempt.moduleId());
		List<Object> cells = new ArrayList<>();
		cells.add(member == null ? "" : member.displayName());
		cells.add(member == null || member.erased() ? "" : member.email());
		cells.add(request.organisationName(attempt.organisationId()));
		cells.add(title);
		cells.add(attempt.moduleVersion());
		cells.add(attempt.score());
		cells.add(attempt.passMark());
		cells.add(text(attempt.passed() ? "export.yes" : "export.no", request));
		cells.add(LocalDateTime.ofInstant(attempt.submittedAt(), ReportFilter.PARIS));
		return cells;
	}

	private String text(String key, ExportRequest request) {
		return this.messages.getMessage(key, null, request.locale());
	}

}
