package org.verso.segmentation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Words stored from their last character to their first, for {@link WordListBefore}, which reads
 * the text backwards from a position: a node per suffix, each with its children sorted by
 * character. Nodes are numbers; {@link #ROOT} is the empty suffix.
 */
final class WordTrie {

    static final int ROOT = 0;

    private final List<char[]> keys = new ArrayList<>();
    private final List<int[]> children = new ArrayList<>();
    private final BitSet ends = new BitSet();

    WordTrie() {
        keys.add(new char[0]);
        children.add(new int[0]);
    }

    /** Adds {@code word}, to be read from its last character. */
    void add(String word) {
        int node = ROOT;
        for (int i = word.length() - 1; i >= 0; i--) {
            int next = child(node, word.charAt(i));
            node = next >= 0 ? next : newChild(node, word.charAt(i));
        }
        ends.set(node);
    }

    /** The node reached from {@code node} by {@code c}, or -1. */
    int child(int node, char c) {
        int at = Arrays.binarySearch(keys.get(node), c);
        return at >= 0 ? children.get(node)[at] : -1;
    }

    boolean isEmpty() {
        return keys.size() == 1;
    }

    /** Whether a whole word has been read on reaching {@code node}. */
    boolean endsWord(int node) {
        return ends.get(node);
    }

    private int newChild(int node, char c) {
        char[] oldKeys = keys.get(node);
        int[] oldChildren = children.get(node);
        int at = -Arrays.binarySearch(oldKeys, c) - 1;
        char[] newKeys = new char[oldKeys.length + 1];
        int[] newChildren = new int[oldKeys.length + 1];
        System.arraycopy(oldKeys, 0, newKeys, 0, at);
        System.arraycopy(oldChildren, 0, newChildren, 0, at);
        System.arraycopy(oldKeys, at, newKeys, at + 1, oldKeys.length - at);
        System.arraycopy(oldChildren, at, newChildren, at + 1, oldKeys.length - at);
        int created = keys.size();
        newKeys[at] = c;
        newChildren[at] = created;
        keys.set(node, newKeys);
        children.set(node, newChildren);
        keys.add(new char[0]);
        children.add(new int[0]);
        return created;
    }
}
