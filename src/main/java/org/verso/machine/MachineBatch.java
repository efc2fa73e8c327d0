package org.verso.machine;

import java.util.List;

/** The translations of a list of texts by one engine, in order. */
public record MachineBatch(String provider, List<String> texts) {
}
