package org.verso.delivery;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.verso.document.SegmentView;
import org.verso.interchange.BilingualUnit;

/**
 * Finds the segment each unit of a bilingual file belongs to: by the id Verso wrote ("s" + segment id) when that
 * segment has the unit's source text, otherwise by identical source text, repeated sentences taken in document
 * order. A unit that finds neither is unknown.
 */
final class FileUnitMatcher {

    private static final Pattern VERSO_ID = Pattern.compile("s(\\d{1,18})");

    /** A unit and its segment; {@code byId} when Verso's own id matched, so the file's version info applies. */
    record Match(BilingualUnit unit, SegmentView segment, boolean byId) {
    }

    record Result(List<Match> matches, List<String> unknown) {
    }

    private final Map<Long, SegmentView> byId = new HashMap<>();
    private final Map<String, Deque<SegmentView>> bySource = new HashMap<>();

    FileUnitMatcher(List<SegmentView> segments) {
        for (SegmentView segment : segments) {
            byId.put(segment.id(), segment);
            bySource.computeIfAbsent(segment.source(), s -> new ArrayDeque<>()).add(segment);
        }
    }

    Result match(List<BilingualUnit> units) {
        List<Match> matches = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<BilingualUnit> foreign = new ArrayList<>();
        for (BilingualUnit unit : units) {
            SegmentView segment = ownSegment(unit);
            if (segment == null) {
                foreign.add(unit);
            } else {
                bySource.get(segment.source()).remove(segment);
                matches.add(new Match(unit, segment, true));
            }
        }
        for (BilingualUnit unit : foreign) {
            Deque<SegmentView> same = bySource.get(unit.source());
            if (same == null || same.isEmpty()) {
                unknown.add(unit.id());
            } else {
                matches.add(new Match(unit, same.poll(), false));
            }
        }
        return new Result(matches, unknown);
    }

    private SegmentView ownSegment(BilingualUnit unit) {
        Matcher m = VERSO_ID.matcher(unit.id() == null ? "" : unit.id());
        if (!m.matches()) {
            return null;
        }
        SegmentView segment = byId.get(Long.parseLong(m.group(1)));
        return segment != null && Objects.equals(segment.source(), unit.source()) ? segment : null;
    }
}
