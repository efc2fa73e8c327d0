package org.verso.segmentation;

import java.util.List;

/**
 * A named, ordered set of rules ({@code <languagerule>}).
 *
 * @param line the line of the element in its SRX file, 0 when unknown
 */
public record SrxLanguageRule(String name, List<SrxRule> rules, int line) {

    public SrxLanguageRule {
        rules = List.copyOf(rules);
    }
}
