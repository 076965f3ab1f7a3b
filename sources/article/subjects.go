package article

import (
	"sort"
	"strings"
	"unicode/utf8"

	"figcheck/sources/glossary"
)

// subjectMatcher finds glossary phrases in a text like glossary.Find (same
// rules: case-insensitive except all-capital phrases, Latin phrases on word
// boundaries, CJK anywhere, longest phrase first), but indexes phrases in a
// trie of their lower-cased bytes, which makes it fast enough for long inputs.
type subjectMatcher struct {
	phrases []subjPhrase // longest first
	trie    *byteTrie    // indexes phrases by lowerASCII(text)
}

type subjPhrase struct {
	text  string // lower-cased unless exact
	exact bool
	subj  glossary.Subject
}

// subjectMatcherFor returns the matcher of a glossary, built once per glossary.
func subjectMatcherFor(g *glossary.Glossary) *subjectMatcher {
	return g.Derived("article.subjectMatcher", func() any { return newSubjectMatcher(g) }).(*subjectMatcher)
}

func newSubjectMatcher(g *glossary.Glossary) *subjectMatcher {
	sm := &subjectMatcher{}
	seen := map[string]bool{}
	var all []subjPhrase
	for _, s := range g.Subjects() {
		for _, p := range s.Phrases {
			p = strings.TrimSpace(p)
			if p == "" {
				continue
			}
			exact := glossary.CaseExact(p)
			key := p
			if !exact {
				key = strings.ToLower(p)
			}
			if !seen[key] {
				seen[key] = true
				all = append(all, subjPhrase{text: key, exact: exact, subj: s})
			}
			// the singular of a plural phrase names the same thing ("vehicle
			// shipments" for "vehicles"); the glossary lists most but not all
			if !exact && strings.HasSuffix(key, "s") && !strings.HasSuffix(key, "ss") && len(key) > 3 {
				if sing := strings.TrimSuffix(key, "s"); !seen[sing] {
					seen[sing] = true
					all = append(all, subjPhrase{text: sing, exact: false, subj: s})
				}
			}
		}
	}
	sort.SliceStable(all, func(i, j int) bool { return len(all[i].text) > len(all[j].text) })
	keys := make([]string, len(all))
	for i, p := range all {
		// an exact phrase is found by its lower-case bytes and compared exactly below
		keys[i] = lowerASCII(p.text)
	}
	sm.phrases = all
	sm.trie = newByteTrie(keys)
	return sm
}

// find returns the subject phrases in text (low is its ASCII lower-casing).
func (sm *subjectMatcher) find(text, low string) []glossary.Match {
	// about one subject phrase per 200 bytes of trade news
	out := make([]glossary.Match, 0, len(text)/192+2)
	var buf [maxTrieDepth]int32
	ends := sm.trie.endsBuffer(&buf)
	for i := 0; i < len(text); {
		c := low[i]
		latin := c < utf8.RuneSelf
		if latin && isAlnumByte(c) && i > 0 && isAlnumByte(low[i-1]) {
			i++
			continue
		}
		matched := false
		nEnds := 0
		if sm.trie.root[c].node != 0 { // most bytes start no phrase: no call
			nEnds = sm.trie.walk(low, i, ends)
		}
	phrases:
		for k := nEnds - 1; k >= 0; k-- {
			for _, id := range sm.trie.phrasesAt(ends[k]) {
				p := &sm.phrases[id]
				end := i + len(p.text)
				if p.exact && text[i:end] != p.text {
					continue
				}
				if end < len(text) && isAlnumByte(low[end]) && isAlnumByte(low[end-1]) {
					continue
				}
				out = append(out, glossary.Match{Subject: p.subj, Phrase: text[i:end], Start: i, End: end})
				i = end
				matched = true
				break phrases
			}
		}
		if matched {
			continue
		}
		if latin {
			// no phrase starts inside a word: step over the rest of it
			i++
			for i < len(low) && isAlnumByte(low[i]) && isAlnumByte(low[i-1]) {
				i++
			}
			continue
		}
		_, n := utf8.DecodeRuneInString(text[i:])
		i += n
	}
	if len(out) == 0 {
		return nil
	}
	return out
}
