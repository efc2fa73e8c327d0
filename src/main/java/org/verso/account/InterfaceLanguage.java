package org.verso.account;

import java.util.List;

/** A language of Verso's interface as the profile's select offers it: named in itself, so anyone finds their own. */
public record InterfaceLanguage(String tag, String name, boolean rightToLeft) {

    /** In the order of {@link ProfileService#INTERFACE_LANGUAGES}. */
    public static final List<InterfaceLanguage> ALL = List.of(new InterfaceLanguage("en", "English", false),
            new InterfaceLanguage("ru", "Русский", false), new InterfaceLanguage("fa", "فارسی", true),
            new InterfaceLanguage("tg", "Тоҷикӣ", false));
}
