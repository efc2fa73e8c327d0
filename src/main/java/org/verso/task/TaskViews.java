package org.verso.task;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the task pages show: the desk as a grid, the link of a task. Due times and time left are written by the
 * templates in the page's language and the viewer's zone ({@code due.inZone(zone)}, {@code due.relative}).
 */
final class TaskViews {

    private TaskViews() {
    }

    /** A row of My work: where the link goes is the first segment waiting for me (the editor enters it). */
    record WorkItem(MyTask task, boolean reviewing, String link) {

        static WorkItem of(WorkQueries.Mine mine) {
            MyTask t = mine.task();
            String link = "/documents/" + t.documentId() + "/" + t.language() + "?status="
                    + (mine.reviewing() ? "translated" : "todo");
            return new WorkItem(t, mine.reviewing(), link);
        }
    }

    /** A row of the document page's task table (the due time shown in the page's language by the template). */
    record TaskLine(DocumentTask line, String dueField) {

        static List<TaskLine> of(List<DocumentTask> lines, ZoneId zone) {
            return lines.stream().map(l -> new TaskLine(l, Dues.field(l.task().due(), zone))).toList();
        }
    }

    /** One cell of the desk: null where the document has no such language. */
    record DeskCell(DeskRow.Cell cell) {
    }

    record DeskLine(DeskRow row, List<DeskCell> cells) {
    }

    /** The desk as a grid: one column per language any listed document has, sorted by tag. */
    record DeskMatrix(List<String> languages, List<DeskLine> lines, String language, boolean overdue, String zone) {

        static DeskMatrix of(List<DeskRow> rows, String language, boolean overdue, ZoneId zone) {
            List<String> languages = new ArrayList<>(rows.stream().flatMap(r -> r.languages().stream())
                    .map(DeskRow.Cell::language).collect(Collectors.toCollection(TreeSet::new)));
            List<DeskLine> lines = rows.stream().map(row -> {
                Map<String, DeskRow.Cell> byLanguage = row.languages().stream()
                        .collect(Collectors.toMap(DeskRow.Cell::language, Function.identity()));
                List<DeskCell> cells = languages.stream().map(byLanguage::get)
                        .map(c -> c == null ? null : new DeskCell(c)).toList();
                return new DeskLine(row, cells);
            }).toList();
            return new DeskMatrix(languages, lines, language == null ? "" : language, overdue, zone.getId());
        }
    }
}
