package org.verso.document;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the segmentation rules page. The texts are in {@code messages/rules_*.properties} (English, Russian, Persian, Tajik). */
@MessageBundle(value = "rules", locale = "en")
public interface RuleSetMessages {

    @Message String segmentationRules();
    @Message String hint();
    @Message String colName();
    @Message String colLanguageRules();
    @Message String colUploaded();
    @Message String bundledDefault();
    @Message String uploadRuleSet();
    @Message String name();
    @Message String namePlaceholder();
    @Message String srxFile();
    @Message String upload();
}
