package org.verso.replace;

import java.util.List;

/**
 * Search and replace over a language's target texts.
 *
 * @param regex      whether {@code find} is a Java regular expression ({@code replace} may then use $1…)
 * @param statuses   only segments in these statuses; null or empty: every segment that has a text
 * @param preview    list what would change without saving anything
 * @param qaOverride why a reviewer replaces in approved segments although the new text has quality-check errors
 *                   (as in a save); without it those segments are left unchanged and listed with their errors
 */
public record ReplaceRequest(String find, String replace, Boolean regex, List<String> statuses, Boolean preview,
                             String qaOverride) {
}
