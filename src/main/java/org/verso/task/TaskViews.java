package org.verso.task;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.verso.language.LanguageTags;

/** What the task pages show: due times in the viewer's zone, time left, and the desk as a grid. */
final class TaskViews {

    private TaskViews() {
    }

    /** A row of My work: where the link goes is the first segment waiting for me (the editor enters it). */
    record WorkItem(MyTask task, boolean reviewing, String due, String timeLeft, String link, String languageName) {

        static WorkItem of(WorkQueries.Mine mine, ZoneId zone, Instant now) {
            MyTask t = mine.task();
            String link = "/documents/" + t.documentId() + "/" + t.language() + "?status="
                    + (mine.reviewing() ? "translated" : "todo");
            return new WorkItem(t, mine.reviewing(), Dues.show(t.due(), zone), Dues.timeLeft(t.due(), now), link,
                    LanguageTags.displayName(t.language()));
        }
    }

    /** A row of the document page's task table. */
    record TaskLine(DocumentTask line, String due, String dueField) {

        static List<TaskLine> of(List<DocumentTask> lines, ZoneId zone) {
            return lines.stream().map(l -> new TaskLine(l, Dues.show(l.task().due(), zone),
                    Dues.field(l.task().due(), zone))).toList();
        }
    }

    /** One cell of the desk: null where the document has no such language. */
    record DeskCell(DeskRow.Cell cell, String due, String timeLeft) {
    }

    record DeskLine(DeskRow row, List<DeskCell> cells) {
    }

    /** The desk as a grid: one column per language any listed document has, sorted by tag. */
    record DeskMatrix(List<String> languages, List<DeskLine> lines, String language, boolean overdue, String zone) {

        static DeskMatrix of(List<DeskRow> rows, String language, boolean overdue, ZoneId zone, Instant now) {
            List<String> languages = new ArrayList<>(rows.stream().flatMap(r -> r.languages().stream())
                    .map(DeskRow.Cell::language).collect(Collectors.toCollection(TreeSet::new)));
            List<DeskLine> lines = rows.stream().map(row -> {
                Map<String, DeskRow.Cell> byLanguage = row.languages().stream()
                        .collect(Collectors.toMap(DeskRow.Cell::language, Function.identity()));
                List<DeskCell> cells = languages.stream().map(byLanguage::get).map(c -> c == null ? null
                        : new DeskCell(c, Dues.show(c.due(), zone), c.stage().equals("done") ? ""
                        : Dues.timeLeft(c.due(), now))).toList();
                return new DeskLine(row, cells);
            }).toList();
            return new DeskMatrix(languages, lines, language == null ? "" : language, overdue, zone.getId());
        }
    }
}
