package org.verso.suggestion;

import java.util.ArrayList;
import java.util.List;
import org.verso.machine.Suggestion;

/** A machine translation as the editor shows it: its number (Ctrl+number inserts it), the engine and the text. */
public record MachineView(int number, String provider, String text) {

    /** The suggestions numbered from {@code first}, after the memory matches above them. */
    static List<MachineView> number(List<Suggestion> suggestions, int first) {
        List<MachineView> views = new ArrayList<>();
        for (Suggestion s : suggestions) {
            views.add(new MachineView(first + views.size(), s.provider(), s.text()));
        }
        return views;
    }
}
