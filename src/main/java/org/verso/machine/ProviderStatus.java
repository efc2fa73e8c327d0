package org.verso.machine;

import java.util.List;

/** An engine as admins and the API see it: its pairs as [source, target] BCP 47 tags, and whether it answers. */
public record ProviderStatus(String id, String name, List<List<String>> pairs, boolean available) {
}
