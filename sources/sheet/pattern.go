package sheet

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"unicode/utf8"
)

// pattern is a compiled regexp with a cheap exact pre-test: every match
// contains one of needles (derived from the pattern's syntax tree), so a text
// with none of them is answered without running the regexp. Header labels are
// classified against some twenty patterns per file, and most labels match
// few of them.
type pattern struct {
	*regexp.Regexp
	needles []string // nil: no needle set is known; the regexp always runs
}

// maxNeedles bounds a needle set; a larger one is not worth the scans.
const maxNeedles = 160

func mustPattern(expr string) *pattern {
	p := &pattern{Regexp: regexp.MustCompile(expr)}
	if tree, err := syntax.Parse(expr, syntax.Perl); err == nil {
		p.needles = needles(tree)
	}
	return p
}

// may reports whether s can match: false only when it holds no needle.
func (p *pattern) may(s string) bool {
	if p.needles == nil {
		return true
	}
	for _, n := range p.needles {
		if strings.Contains(s, n) {
			return true
		}
	}
	return false
}

func (p *pattern) MatchString(s string) bool { return p.may(s) && p.Regexp.MatchString(s) }

func (p *pattern) ReplaceAllString(s, repl string) string {
	if !p.may(s) {
		return s
	}
	return p.Regexp.ReplaceAllString(s, repl)
}

func (p *pattern) FindStringSubmatch(s string) []string {
	if !p.may(s) {
		return nil
	}
	return p.Regexp.FindStringSubmatch(s)
}

func (p *pattern) FindStringSubmatchIndex(s string) []int {
	if !p.may(s) {
		return nil
	}
	return p.Regexp.FindStringSubmatchIndex(s)
}

func (p *pattern) FindAllStringSubmatch(s string, n int) [][]string {
	if !p.may(s) {
		return nil
	}
	return p.Regexp.FindAllStringSubmatch(s, n)
}

func (p *pattern) FindAllString(s string, n int) []string {
	if !p.may(s) {
		return nil
	}
	return p.Regexp.FindAllString(s, n)
}

func (p *pattern) FindStringIndex(s string) []int {
	if !p.may(s) {
		return nil
	}
	return p.Regexp.FindStringIndex(s)
}

// needles returns strings one of which every match of re contains, or nil
// when no such set is found (a part that may match empty text, case folding,
// a wide character class).
func needles(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 || len(re.Rune) == 0 {
			return nil
		}
		for _, r := range re.Rune {
			if r == utf8.RuneError {
				return nil // also matches an invalid byte
			}
		}
		return []string{string(re.Rune)}
	case syntax.OpCharClass:
		var set []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if r == utf8.RuneError || len(set) >= 16 {
					return nil
				}
				set = append(set, string(r))
			}
		}
		if len(set) == 0 {
			return nil
		}
		return set
	case syntax.OpCapture, syntax.OpPlus:
		return needles(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min < 1 {
			return nil
		}
		return needles(re.Sub[0])
	case syntax.OpConcat:
		var best []string
		for _, sub := range re.Sub {
			if n := needles(sub); n != nil && (best == nil || better(n, best)) {
				best = n
			}
		}
		return best
	case syntax.OpAlternate:
		var all []string
		for _, sub := range re.Sub {
			n := needles(sub)
			if n == nil || len(all)+len(n) > maxNeedles {
				return nil
			}
			all = append(all, n...)
		}
		return all
	}
	return nil
}

// better prefers the needle set whose shortest needle is longer, then the smaller set.
func better(a, b []string) bool {
	ma, mb := minLen(a), minLen(b)
	if ma != mb {
		return ma > mb
	}
	return len(a) < len(b)
}

func minLen(set []string) int {
	m := -1
	for _, s := range set {
		if m < 0 || len(s) < m {
			m = len(s)
		}
	}
	return m
}
