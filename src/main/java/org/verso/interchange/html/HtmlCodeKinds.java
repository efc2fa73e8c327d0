package org.verso.interchange.html;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.verso.interchange.CodeKinds;

/** The kinds of an HTML article's inline codes, read from its skeleton: paragraph position → kinds of codes 1, 2, …. */
public final class HtmlCodeKinds {

    private HtmlCodeKinds() {
    }

    public static Map<Integer, List<String>> of(String skeleton) {
        Map<Integer, List<String>> kinds = new HashMap<>();
        for (Element block : Jsoup.parse(skeleton).select("[" + HtmlReader.PARAGRAPH + "]")) {
            int position;
            try {
                position = Integer.parseInt(block.attr(HtmlReader.PARAGRAPH));
            } catch (NumberFormatException e) {
                continue;
            }
            kinds.put(position, InlineMarkup.codes(block).stream().map(e -> CodeKinds.ofTag(e.tagName())).toList());
        }
        return kinds;
    }
}
