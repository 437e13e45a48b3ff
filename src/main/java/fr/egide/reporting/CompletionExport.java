package fr.egide.reporting;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
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
 * status, best score, completion day and version; written {@value #BLOCK} members at a time.
 */
@Component
class CompletionExport implements ExportDownload.Rows {

	static final int BLOCK = 25_000;

	/** Members per block; tests make it small to cross block boundaries. */
	int block = BLOCK;

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
		List<String> inNameOrder = this.members.ids(request.pole().id(), request.filter().organisationId());
		for (int from = 0; from < inNameOrder.size(); from += this.block) {
			for (List<Object> row : block(request, inNameOrder.subList(from, Math.min(from + this.block, inNameOrder.size())))) {
				if (row != null) {
					sheet.row(row);
				}
			}
		}
	}

	/**
	 * The rows of a block of members in name order, read in key order: neighbouring keys share the
	 * store's pages, which made a 100,000-member export several times faster than reading in name order.
	 */
	private List<List<Object>> block(ExportRequest request, List<String> inNameOrder) {
		Map<String, Integer> position = new HashMap<>();
		for (int i = 0; i < inNameOrder.size(); i++) {
			position.put(inNameOrder.get(i), i);
		}
		List<List<Object>> rows = new ArrayList<>(java.util.Collections.nCopies(inNameOrder.size(), null));
		List<String> inKeyOrder = inNameOrder.stream().sorted().toList();
		for (int from = 0; from < inKeyOrder.size(); from += PoleMembers.PAGE_SIZE) {
			List<String> page = inKeyOrder.subList(from, Math.min(from + PoleMembers.PAGE_SIZE, inKeyOrder.size()));
			var accounts = this.members.byId(page);
			var standing = this.progress.forMembers(page);
			for (String id : page) {
				var member = accounts.get(id);
				var modules = standing.getOrDefault(id, Map.of());
				if (member != null && keeps(request, modules)) {
					rows.set(position.get(id), cells(request, member, modules));
				}
			}
		}
		return rows;
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

	private List<Object> cells(ExportRequest request, MemberAccount member, Map<String, ModuleProgressView> modules) {
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
		return cells;
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
