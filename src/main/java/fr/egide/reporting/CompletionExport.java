package fr.egide.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fr.egide.catalog.CourseModule;
import fr.egide.directory.MemberAccount;
import fr.egide.directory.PoleMembers;
import fr.egide.learning.LearningProgress;
import fr.egide.learning.ModuleProgressView;
import fr.egide.learning.ProgressStatus;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The completion matrix: one row per member (name, e-mail, organisation), then per module its
 * status, best score, completion day and version; read and written five hundred members at a time.
 */
@Component
class CompletionExport implements ExportDownload.Rows {

	private final PoleMembers members;

	private final LearningProgress progress;

	private final MessageSource messages;

	CompletionExport(PoleMembers members, LearningProgress progress, MessageSource messages) {
		this.members = members;
		this.progress = progress;
		this.messages = messages;
	}

	@Override
	public void write(ExportRequest request, Sheet sheet) throws IOException {
		sheet.header(header(request));
		try {
			this.members.forEachPage(request.pole().id(), request.filter().organisationId(), page -> {
				var standing = this.progress.forMembers(page.stream().map(MemberAccount::id).toList());
				for (MemberAccount member : page) {
					var modules = standing.getOrDefault(member.id(), Map.of());
					if (keeps(request, modules)) {
						row(request, sheet, member, modules);
					}
				}
			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	/** With a status, at least one selected module has it (passed within the period, for PASSED). */
	private static boolean keeps(ExportRequest request, Map<String, ModuleProgressView> modules) {
		var filter = request.filter();
		if (filter.status() == null) {
			return true;
		}
		return request.modules().stream().map(module -> modules.get(module.id())).anyMatch(view -> view != null
				&& view.status() == filter.status()
				&& (filter.status() != ProgressStatus.PASSED || filter.within(view.completedAt())));
	}

	private void row(ExportRequest request, Sheet sheet, MemberAccount member,
			Map<String, ModuleProgressView> modules) {
		List<Object> cells = new ArrayList<>();
		cells.add(member.displayName());
		cells.add(member.erased() ? "" : member.email());
		cells.add(request.organisationName(member.organisationId()));
		for (CourseModule module : request.modules()) {
			ModuleProgressView view = modules.get(module.id());
			ProgressStatus status = view == null ? ProgressStatus.NOT_STARTED : view.status();
			cells.add(text("status." + status, request));
			cells.add(view == null || view.attempts() == 0 ? null : view.bestScore());
			cells.add(view == null ? null : view.completedOn());
			cells.add(status == ProgressStatus.NOT_STARTED ? null : view.moduleVersion());
		}
		try {
			sheet.row(cells);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private List<String> header(ExportRequest request) {
		List<String> titles = new ArrayList<>(List.of(text("export.member", request), text("export.email", request),
				text("export.organisation", request)));
		for (CourseModule module : request.modules()) {
			for (String column : List.of("status", "score", "completed", "version")) {
				titles.add(this.messages.getMessage("export.module." + column, new Object[] { module.title() },
						request.locale()));
			}
		}
		return titles;
	}

	private String text(String key, ExportRequest request) {
		return this.messages.getMessage(key, null, request.locale());
	}

}
