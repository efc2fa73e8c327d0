package org.verso.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.verso.diff.WordDiff.Change;
import org.verso.diff.WordDiff.Piece;

class WordDiffTest {

    @Test
    void aChangedWordIsOneDeletionAndOneInsertion() {
        List<Piece> pieces = WordDiff.between("The council met on Monday.", "The council met on Tuesday.");
        assertEquals(List.of(new Piece("The council met on ", Change.SAME), new Piece("Monday", Change.DELETED),
                new Piece("Tuesday", Change.INSERTED), new Piece(".", Change.SAME)), pieces);
    }

    @Test
    void bothTextsCanBeRebuiltFromThePieces() {
        String old = "Rain, he said, would fall «soon» — maybe 25,000 drops.";
        String now = "Snow, she said, will fall soon — maybe 2,500 drops!";
        List<Piece> pieces = WordDiff.between(old, now);
        assertEquals(old, pieces.stream().filter(p -> !p.inserted()).map(Piece::text).collect(Collectors.joining()));
        assertEquals(now, pieces.stream().filter(p -> !p.deleted()).map(Piece::text).collect(Collectors.joining()));
    }

    @Test
    void identicalTextsAreOneSamePiece() {
        assertEquals(List.of(new Piece("Same text.", Change.SAME)), WordDiff.between("Same text.", "Same text."));
        assertEquals(List.of(), WordDiff.between("", ""));
    }

    @Test
    void punctuationIsItsOwnUnit() {
        List<Piece> pieces = WordDiff.between("Yes, sir.", "Yes; sir.");
        assertEquals(new Piece(",", Change.DELETED), pieces.get(1));
        assertEquals(new Piece(";", Change.INSERTED), pieces.get(2));
    }
}
