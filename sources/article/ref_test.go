package article

// The matchers as they were before they were indexed by a trie, kept as the
// reference the fast ones are compared with (FuzzMatchers).

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"figcheck/sources/glossary"
)

// refCueTable indexes the production phrase list (cueList, longest first) by
// first byte: the reference differs from findCues in how it searches, not in
// what it looks for. Built once, read-only afterwards.
var refCueTable = func() *[256][]cuePhrase {
	var t [256][]cuePhrase
	for _, p := range cueList {
		t[p.text[0]] = append(t[p.text[0]], p)
	}
	return &t
}()

// refFindCues returns every cue in the lower-cased text, in text order.
func refFindCues(low string) []cue {
	out := make([]cue, 0, len(low)/24+4)
	for i := 0; i < len(low); {
		c := low[i]
		latin := c < utf8.RuneSelf
		if latin && isAlpha(c) && i > 0 && isAlnumByte(low[i-1]) {
			i++
			continue
		}
		matched := false
		for _, p := range refCueTable[c] {
			if !strings.HasPrefix(low[i:], p.text) {
				continue
			}
			end := i + len(p.text)
			if latin && end < len(low) && isAlnumByte(low[end]) && isAlnumByte(low[end-1]) {
				continue
			}
			if p.typ == cueFlow && p.text == "trade" {
				w := nextWordLower(low, end)
				if tradeNotFlow[w] {
					continue
				}
			}
			out = append(out, cue{start: i, end: end, typ: p.typ, val: p.val})
			if (p.typ == cueOfQty || p.typ == cueOfValue) && (strings.HasPrefix(p.text, "出口") || strings.HasPrefix(p.text, "进口")) {
				// "出口量", "进口额" also name the flow
				flow := "export"
				if strings.HasPrefix(p.text, "进口") {
					flow = "import"
				}
				out = append(out, cue{start: i, end: i + len("出口"), typ: cueFlow, val: flow})
			}
			// overlapping cues of other types at the same place ("a decline of" and "decline")
			// are not needed: the longest phrase wins
			i = end
			matched = true
			break
		}
		if matched {
			continue
		}
		if latin {
			i++
			for i < len(low) && isAlnumByte(low[i]) && isAlnumByte(low[i-1]) {
				i++
			}
			continue
		}
		_, n := utf8.DecodeRuneInString(low[i:])
		i += n
	}
	return out
}

// refSubjectMatcher finds glossary phrases in a text like glossary.Find (same
// rules: case-insensitive except all-capital phrases, Latin phrases on word
// boundaries, CJK anywhere, longest phrase first), but indexes phrases by
// their first byte, which makes it fast enough for long inputs.
type refSubjectMatcher struct {
	byFirst [256][]subjPhrase
}

// refSubjectMatcherFor returns the matcher of a glossary, built once per glossary.
func refSubjectMatcherFor(g *glossary.Glossary) *refSubjectMatcher {
	return g.Derived("article.refSubjectMatcher", func() any { return refNewSubjectMatcher(g) }).(*refSubjectMatcher)
}

func refNewSubjectMatcher(g *glossary.Glossary) *refSubjectMatcher {
	// the production phrase list (longest first), bucketed by first byte: the
	// reference differs in how it searches, not in what it looks for
	sm := &refSubjectMatcher{}
	for _, p := range newSubjectMatcher(g).phrases {
		c := p.text[0]
		if p.exact && c >= 'A' && c <= 'Z' {
			c += 'a' - 'A' // bucket by the lower-case byte; compared exactly below
		}
		sm.byFirst[c] = append(sm.byFirst[c], p)
	}
	return sm
}

// find returns the subject phrases in text (low is its ASCII lower-casing).
func (sm *refSubjectMatcher) find(text, low string) []glossary.Match {
	var out []glossary.Match
	for i := 0; i < len(text); {
		c := low[i]
		latin := c < utf8.RuneSelf
		if latin && isAlnumByte(c) && i > 0 && isAlnumByte(low[i-1]) {
			i++
			continue
		}
		matched := false
		for _, p := range sm.byFirst[c] {
			hay := low
			if p.exact {
				hay = text
			}
			if !strings.HasPrefix(hay[i:], p.text) {
				continue
			}
			end := i + len(p.text)
			if end < len(text) && isAlnumByte(low[end]) && isAlnumByte(low[end-1]) {
				continue
			}
			out = append(out, glossary.Match{Subject: p.subj, Phrase: text[i:end], Start: i, End: end})
			i = end
			matched = true
			break
		}
		if matched {
			continue
		}
		if latin {
			i++
			continue
		}
		_, n := utf8.DecodeRuneInString(text[i:])
		i += n
	}
	return out
}

// FuzzMatchers checks that the trie-indexed cue and subject matchers find
// exactly what the reference matchers find.
func FuzzMatchers(f *testing.F) {
	paths, _ := filepath.Glob("testdata/*.txt")
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(data))
	}
	f.Add("Exports of EVs and ev batteries to the U.S. rose; trade war, total trade 出口量 进口额 ShipmentsEV")
	g, err := glossary.Builtin()
	if err != nil {
		f.Fatal(err)
	}
	sm, ref := newSubjectMatcher(g), refNewSubjectMatcher(g)
	f.Fuzz(func(t *testing.T, text string) {
		low := lowerASCII(text)
		if got, want := findCues(low), refFindCues(low); !reflect.DeepEqual(got, want) && (len(got) > 0 || len(want) > 0) {
			t.Fatalf("findCues(%q):\n got %v\nwant %v", text, got, want)
		}
		if got, want := sm.find(text, low), ref.find(text, low); !reflect.DeepEqual(got, want) {
			t.Fatalf("subjectMatcher.find(%q):\n got %v\nwant %v", text, got, want)
		}
	})
}

// FuzzJoinFields checks joinFields against strings.Join(strings.Fields(s), " ")
// and lowerASCII against a byte-wise lower-casing.
func FuzzJoinFields(f *testing.F) {
	for _, s := range []string{"", " ", "a b", " a  b\n", "a\u00a0b\u3000c", "x\u0085y", "\xffa \xfe", "exports rose 5%."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := joinFields(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Fatalf("joinFields(%q) = %q, want %q", s, got, want)
		}
		b := []byte(s)
		for i, c := range b {
			if c >= 'A' && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
		}
		if got := lowerASCII(s); got != string(b) {
			t.Fatalf("lowerASCII(%q) = %q, want %q", s, got, b)
		}
	})
}

// refSentences is sentences as it was before it skipped to the bytes it looks at.
func refSentences(t string) []span {
	var out []span
	start := 0
	cut := func(end, next int) {
		if s, e := trimSpan(t, start, end); e > s {
			out = append(out, span{s, e})
		}
		start = next
	}
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case c == '\n':
			if lineBreakEndsSentence(t, start, i) {
				cut(i, i+1)
			}
		case c == '.' || c == '!' || c == '?':
			j := i + 1
			for j < len(t) && (t[j] == '"' || t[j] == '\'' || t[j] == ')') {
				j++
			}
			if j >= len(t) {
				cut(j, j)
				continue
			}
			if t[j] != ' ' && t[j] != '\n' && t[j] != '\t' && !strings.HasPrefix(t[j:], "\u00a0") {
				continue
			}
			k := j
			for k < len(t) && (t[k] == ' ' || t[k] == '\t') {
				k++
			}
			if k < len(t) && t[k] >= 'a' && t[k] <= 'z' {
				continue
			}
			if c == '.' && isAbbrev(t, i) {
				continue
			}
			cut(j, j)
		case c == 0xe3 && (strings.HasPrefix(t[i:], "。")) || c == 0xef && (strings.HasPrefix(t[i:], "！") || strings.HasPrefix(t[i:], "？")):
			_, n := utf8.DecodeRuneInString(t[i:])
			cut(i+n, i+n)
			i += n - 1
		}
	}
	cut(len(t), len(t))
	return capSentences(t, out)
}

// FuzzSentences checks sentences against the reference version.
func FuzzSentences(f *testing.F) {
	for _, s := range []string{"Exports rose 5%. Imports fell! Why? Dr. Li said so.\n\nNext 中国出口增长。好！", "a.b. c\n- item\n- item two.", "\"Yes.\" he said. (End.) x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := sentences(s), refSentences(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("sentences(%q) = %v, want %v", s, got, want)
		}
	})
}

// FuzzContainsAnyPhrase checks containsAnyPhrase against strings.Contains.
func FuzzContainsAnyPhrase(f *testing.F) {
	f.Add("its registered capital of 5 billion yuan")
	f.Add("market valu")
	f.Add("注册资本")
	f.Fuzz(func(t *testing.T, s string) {
		want := false
		for _, w := range stockWords {
			if strings.Contains(s, w) {
				want = true
			}
		}
		if got := containsAnyPhrase(s, stockTrie); got != want {
			t.Fatalf("containsAnyPhrase(%q) = %v, want %v", s, got, want)
		}
	})
}

// TestLongGlossaryPhrase checks that a user's glossary phrase longer than
// the walk's stack buffer is still found, as the reference matcher finds it.
func TestLongGlossaryPhrase(t *testing.T) {
	g, err := glossary.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("very ", 30) + "long named widgets" // 168 bytes
	if err := g.Add(strings.NewReader("subjects:\n  - id: widgets\n    phrases: [\""+long+"\"]\n"), "test"); err != nil {
		t.Fatal(err)
	}
	text := "Exports of " + strings.ToUpper(long[:1]) + long[1:] + " rose 5% in May."
	low := lowerASCII(text)
	got, want := newSubjectMatcher(g).find(text, low), refNewSubjectMatcher(g).find(text, low)
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("find = %v, want %v", got, want)
	}
	if len(got) != 1 || got[0].Subject.ID != "widgets" {
		t.Fatalf("find = %v, want the widgets phrase", got)
	}
}
