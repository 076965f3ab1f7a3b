package periods

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind classifies a token.
type tokKind uint8

const (
	tWord  tokKind = iota + 1 // a run of ASCII letters
	tNum                      // a run of digits (ASCII or full-width)
	tHan                      // one Han character
	tPunct                    // any other single character
)

// token is one lexical unit of the text. Words and numbers never span a
// letter/digit boundary, so "Q1" is two tokens and "1990s" is "1990" + "s".
// It holds no pointers and takes 16 bytes, so a token slice is cheap to
// allocate and costs the garbage collector nothing to scan; the token's text is parser.lw(t).
type token struct {
	start int32 // byte offset of the first byte
	end   int32 // byte offset after the last byte
	val   int32 // value of a tNum token (-1 when it has more than 9 digits); see num
	kind  tokKind
	ndig  uint8 // digits in a tNum token (capped at 255)
	space bool  // whitespace (or the start of the text) precedes the token
	upper bool  // a word that starts with an upper-case letter
}

// tokenize splits text into tokens.
func tokenize(text string) []token {
	// About one token per three bytes in news text (a word and its space
	// average five or six bytes, but numbers and their punctuation come in
	// short runs, and a Han character is three bytes); this avoids
	// regrowing the slice on ordinary text.
	toks := make([]token, 0, len(text)/3+16)
	space := true
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			space = true
			i++
			continue
		case isLetter(c):
			j := i + 1
			for j < len(text) && isLetter(text[j]) {
				j++
			}
			toks = append(toks, token{kind: tWord, start: int32(i), end: int32(j), space: space, upper: c >= 'A' && c <= 'Z'})
			i = j
		case c >= '0' && c <= '9':
			j := i
			n, nd := 0, 0
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
				n, nd = addDigit(n, nd, int(text[j]-'0'))
				j++
			}
			toks = append(toks, numToken(i, j, n, nd, space))
			i = j
		case c < utf8.RuneSelf:
			toks = append(toks, token{kind: tPunct, start: int32(i), end: int32(i + 1), space: space})
			i++
		default:
			r, size := utf8.DecodeRuneInString(text[i:])
			switch {
			case r != utf8.RuneError && unicode.IsSpace(r):
				space = true
				i += size
				continue
			case isWideDigit(r):
				j := i
				n, nd := 0, 0
				for j < len(text) {
					r2, s2 := utf8.DecodeRuneInString(text[j:])
					if !isWideDigit(r2) {
						break
					}
					n, nd = addDigit(n, nd, int(r2-'０'))
					j += s2
				}
				toks = append(toks, numToken(i, j, n, nd, space))
				i = j
			case unicode.Is(unicode.Han, r):
				toks = append(toks, token{kind: tHan, start: int32(i), end: int32(i + size), space: space})
				i += size
			default:
				toks = append(toks, token{kind: tPunct, start: int32(i), end: int32(i + size), space: space})
				i += size
			}
		}
		space = false
	}
	return toks
}

func numToken(i, j, n, nd int, space bool) token {
	if nd > 9 {
		n = -1
	}
	return token{kind: tNum, start: int32(i), end: int32(j), val: int32(n), ndig: uint8(min(nd, 255)), space: space}
}

// num returns the value of a tNum token. The value is stored in 32 bits
// (nine digits at most) so that a token takes 16 bytes.
func (t token) num() int { return int(t.val) }

func addDigit(n, nd, d int) (int, int) {
	if nd < 9 {
		n = n*10 + d
	}
	return n, nd + 1
}

func isLetter(c byte) bool { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') }

func isWideDigit(r rune) bool { return r >= '０' && r <= '９' }

// asciiLower lower-cases ASCII letters only, so byte offsets are unchanged.
func asciiLower(s string) string {
	i := 0
	for i < len(s) && !(s[i] >= 'A' && s[i] <= 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	// One allocation: runs without upper-case letters are copied whole.
	var sb strings.Builder
	sb.Grow(len(s))
	sb.WriteString(s[:i])
	for i < len(s) {
		j := i
		for j < len(s) && !(s[j] >= 'A' && s[j] <= 'Z') {
			j++
		}
		sb.WriteString(s[i:j])
		for j < len(s) && s[j] >= 'A' && s[j] <= 'Z' {
			sb.WriteByte(s[j] + 'a' - 'A')
			j++
		}
		i = j
	}
	return sb.String()
}
