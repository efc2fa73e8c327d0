package org.verso.memory.fuzzy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordTokensTest {

    @Test
    void wordsAreLowerCasedAndPunctuationStandsAlone() {
        WordTokens tokens = WordTokens.of("Save the File, then quit!");
        assertEquals(List.of("Save", "the", "File", ",", "then", "quit", "!"), originals(tokens));
        assertEquals(List.of("save", "the", "file", "then", "quit"), tokens.matchKeys());
    }

    @Test
    void numbersShareOneKeyAndKeepTheirDigits() {
        WordTokens tokens = WordTokens.of("Copied 1,024 of 3.5 files");
        assertEquals(List.of("Copied", "1,024", "of", "3.5", "files"), originals(tokens));
        assertEquals(List.of("copied", WordTokens.NUMBER_KEY, "of", WordTokens.NUMBER_KEY, "files"), tokens.matchKeys());
        assertEquals(List.of("1,024", "3.5"), tokens.originals(WordTokens.Kind.NUMBER));
    }

    @Test
    void apostrophesAndDotsInsideWordsDoNotSplitThem() {
        assertEquals(List.of("don't", "open", "e.g", ".", "x86_64"), originals(WordTokens.of("don't open e.g. x86_64")));
    }

    @Test
    void textWithoutWordsMatchesOnItsPunctuation() {
        WordTokens tokens = WordTokens.of(" ... ");
        assertEquals(List.of(".", ".", "."), tokens.matchKeys());
        assertTrue(!tokens.hasWords());
    }

    @Test
    void chineseAndJapaneseAreCutIntoWordsWithoutSpaces() {
        WordTokens chinese = WordTokens.of("打开文件失败。");
        assertTrue(chinese.matchKeys().size() >= 2, chinese.matchKeys().toString());
        assertEquals("。", chinese.original(chinese.size() - 1));
        WordTokens japanese = WordTokens.of("ファイルを開けません");
        assertTrue(japanese.matchKeys().size() >= 2, japanese.matchKeys().toString());
        assertEquals("ファイルを開けません", String.join("", originals(japanese)));
    }

    @Test
    void accentedAndCyrillicWordsStayWhole() {
        assertEquals(List.of("élève", "ünïcode", "файл"), WordTokens.of("Élève Ünïcode Файл").matchKeys());
    }

    private static List<String> originals(WordTokens tokens) {
        return java.util.stream.IntStream.range(0, tokens.size()).mapToObj(tokens::original).toList();
    }
}
