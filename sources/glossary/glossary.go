// Package glossary maps the loose names that articles and sheets give a subject
// ("ICs", "chips", "集成电路") to one subject id, so that figures about the
// same thing can be compared. The built-in vocabulary is embedded YAML and can
// be extended with user files in the same format.
package glossary

import (
	_ "embed"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

//go:embed glossary.yaml
var builtin []byte

// Subject is one entry of the vocabulary.
type Subject struct {
	ID      string   `yaml:"id"`
	Name    string   `yaml:"name"`
	Phrases []string `yaml:"phrases"`
}

// Match is one occurrence of a subject phrase in a text.
type Match struct {
	Subject Subject
	Phrase  string // the phrase as it stands in the text
	Start   int    // byte offset in the text
	End     int    // byte offset just past the phrase
}

// Glossary is a compiled vocabulary. It is safe for concurrent use once built.
type Glossary struct {
	subjects map[string]*Subject
	order    []string
	phrases  []phrase // longest first

	mu      sync.Mutex
	derived map[string]any
}

type phrase struct {
	text      string // lower-cased unless caseExact
	caseExact bool
	subjectID string
}

type file struct {
	Subjects []Subject `yaml:"subjects"`
}

// Builtin returns the embedded vocabulary.
func Builtin() (*Glossary, error) {
	g := &Glossary{subjects: map[string]*Subject{}}
	if err := g.Add(strings.NewReader(string(builtin)), "builtin glossary"); err != nil {
		return nil, err
	}
	return g, nil
}

// Add merges a YAML vocabulary into g: new ids are added, phrases of an
// existing id are appended. name is used in errors.
func (g *Glossary) Add(r io.Reader, name string) error {
	var f file
	dec := yaml.NewDecoder(r)
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil && err != io.EOF {
		return fmt.Errorf("glossary %s: %w", name, err)
	}
	for i, s := range f.Subjects {
		if s.ID == "" {
			return fmt.Errorf("glossary %s: subject %d has no id", name, i+1)
		}
		old, ok := g.subjects[s.ID]
		if !ok {
			cp := s
			if cp.Name == "" {
				cp.Name = strings.ReplaceAll(cp.ID, "_", " ")
			}
			g.subjects[s.ID] = &cp
			g.order = append(g.order, s.ID)
			old = &cp
		} else {
			old.Phrases = append(old.Phrases, s.Phrases...)
			if s.Name != "" {
				old.Name = s.Name
			}
		}
	}
	g.rebuild()
	g.mu.Lock()
	g.derived = nil
	g.mu.Unlock()
	return nil
}

// Derived returns a value computed from the vocabulary, building it once per
// key (a reader's phrase index, say) and reusing it until the vocabulary changes.
// It is safe for concurrent use.
func (g *Glossary) Derived(key string, build func() any) any {
	g.mu.Lock()
	defer g.mu.Unlock()
	if v, ok := g.derived[key]; ok {
		return v
	}
	v := build()
	if g.derived == nil {
		g.derived = map[string]any{}
	}
	g.derived[key] = v
	return v
}

func (g *Glossary) rebuild() {
	g.phrases = g.phrases[:0]
	seen := map[string]bool{}
	for _, id := range g.order {
		for _, p := range g.subjects[id].Phrases {
			p = strings.TrimSpace(p)
			if p == "" {
				continue
			}
			exact := isAllCaps(p)
			key := p
			if !exact {
				key = strings.ToLower(p)
			}
			if seen[key] {
				continue
			}
			seen[key] = true
			g.phrases = append(g.phrases, phrase{text: key, caseExact: exact, subjectID: id})
		}
	}
	sort.SliceStable(g.phrases, func(i, j int) bool { return len(g.phrases[i].text) > len(g.phrases[j].text) })
}

// CaseExact reports whether a phrase matches case-sensitively: one written
// in capitals, a trailing plural "s" allowed ("IC", "ICs", "EVs").
func CaseExact(p string) bool { return isAllCaps(p) }

func isAllCaps(p string) bool {
	hasUpper := false
	for _, r := range p {
		if unicode.IsLower(r) && r != 's' {
			return false
		}
		if unicode.IsUpper(r) {
			hasUpper = true
		}
	}
	return hasUpper
}

// Subject returns the entry with the given id.
func (g *Glossary) Subject(id string) (Subject, bool) {
	s, ok := g.subjects[id]
	if !ok {
		return Subject{}, false
	}
	return *s, true
}

// Subjects returns every entry in definition order.
func (g *Glossary) Subjects() []Subject {
	out := make([]Subject, 0, len(g.order))
	for _, id := range g.order {
		out = append(out, *g.subjects[id])
	}
	return out
}

// Lookup returns the subject a whole label names ("集成电路", "Integrated circuits").
// Surrounding spaces and a trailing plural "s" are tolerated; failing an exact
// match, the longest phrase found inside the label decides.
func (g *Glossary) Lookup(label string) (Subject, bool) {
	label = strings.TrimSpace(label)
	low := strings.ToLower(label)
	for _, p := range g.phrases {
		if (p.caseExact && p.text == label) || (!p.caseExact && p.text == low) {
			return *g.subjects[p.subjectID], true
		}
	}
	if ms := g.Find(label); len(ms) > 0 {
		best := ms[0]
		for _, m := range ms[1:] {
			if m.End-m.Start > best.End-best.Start {
				best = m
			}
		}
		return best.Subject, true
	}
	return Subject{}, false
}

// Find returns every non-overlapping subject phrase in text, in text order.
// Latin phrases must stand on word boundaries; CJK phrases match anywhere.
// At each position the longest phrase wins.
func (g *Glossary) Find(text string) []Match {
	low := strings.ToLower(text)
	var out []Match
	for i := 0; i < len(text); {
		if i > 0 && isWordByte(text, i-1) && isWordByte(text, i) {
			_, n := utf8.DecodeRuneInString(text[i:])
			i += n
			continue
		}
		matched := false
		for _, p := range g.phrases {
			hay := low
			if p.caseExact {
				hay = text
			}
			if !strings.HasPrefix(hay[i:], p.text) {
				continue
			}
			end := i + len(p.text)
			if end < len(text) && isWordByte(text, end) && isWordByte(text, end-1) {
				continue
			}
			out = append(out, Match{Subject: *g.subjects[p.subjectID], Phrase: text[i:end], Start: i, End: end})
			i = end
			matched = true
			break
		}
		if !matched {
			_, n := utf8.DecodeRuneInString(text[i:])
			i += n
		}
	}
	return out
}

// isWordByte reports whether the rune starting or ending at byte i is a Latin
// letter or digit (CJK runes are not word bytes: they need no boundaries).
func isWordByte(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return false
	}
	c := s[i]
	return c < utf8.RuneSelf && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')
}
