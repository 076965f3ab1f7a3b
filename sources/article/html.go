package article

import (
	"html"
	"strings"
	"unicode/utf8"
)

// blockTags end a paragraph: their text never runs into the next block's.
var blockTags = map[string]bool{
	"p": true, "div": true, "br": true, "li": true, "ul": true, "ol": true, "h1": true, "h2": true,
	"h3": true, "h4": true, "h5": true, "h6": true, "tr": true, "td": true, "th": true, "table": true,
	"section": true, "article": true, "header": true, "footer": true, "blockquote": true, "figcaption": true,
	"figure": true, "hr": true, "dd": true, "dt": true, "main": true, "aside": true, "nav": true, "pre": true,
	"time": false, "title": true, "caption": true, "body": true, "html": true, "head": true,
}

// skipTags have content that is not article text.
// Navigation, footers and side bars hold menus and related headlines, not the
// article, and their numbers would read as the article's own.
var skipTags = map[string]bool{"script": true, "style": true, "noscript": true, "template": true, "svg": true,
	"head": true, "iframe": true, "nav": true, "footer": true, "aside": true, "form": true, "button": true, "select": true}

// htmlInput strips tags, drops script and style, decodes entities and keeps,
// for every byte of the plain text, the original bytes it came from.
func htmlInput(data string) *input {
	in := &input{orig: data}
	in.published = htmlDate(data)
	var (
		text         = make([]byte, 0, len(data))
		srcS         = make([]int32, 0, len(data))
		srcE         = make([]int32, 0, len(data))
		lastWasBreak = true
		pendingBreak = false
		breakAt      = 0
		lastWasSpace = true
		emit         func(b []byte, s, e int)
		// table state: open tables, cells written in the current row, and
		// whether a row ended and the next one needs its own line
		inTable  int
		cells    int
		rowBreak bool
	)
	emit = func(b []byte, s, e int) {
		for _, c := range b {
			text = append(text, c)
			srcS = append(srcS, int32(s))
			srcE = append(srcE, int32(e))
		}
	}
	flushBreak := func() {
		if pendingBreak {
			if !lastWasBreak {
				emit([]byte("\n\n"), breakAt, breakAt)
			}
			pendingBreak = false
			lastWasBreak = true
			lastWasSpace = true
		}
	}
	for i := 0; i < len(data); {
		c := data[i]
		switch {
		case c == '<':
			if strings.HasPrefix(data[i:], "<!--") {
				end := strings.Index(data[i+4:], "-->")
				if end < 0 {
					i = len(data)
				} else {
					i += 4 + end + 3
				}
				continue
			}
			end := strings.IndexByte(data[i:], '>')
			if end < 0 {
				// a stray '<' is text
				flushBreak()
				emit([]byte{'<'}, i, i+1)
				lastWasBreak, lastWasSpace = false, false
				i++
				continue
			}
			tag := data[i+1 : i+end]
			name, closing := tagName(tag)
			tagEnd := i + end + 1
			if !closing && skipTags[name] && !strings.HasSuffix(tag, "/") {
				closeIdx := indexFold(data[tagEnd:], "</"+name)
				if closeIdx < 0 {
					i = len(data)
				} else {
					ce := strings.IndexByte(data[tagEnd+closeIdx:], '>')
					if ce < 0 {
						i = len(data)
					} else {
						i = tagEnd + closeIdx + ce + 1
					}
				}
				pendingBreak, breakAt = true, i
				continue
			}
			switch {
			case (name == "td" || name == "th") && !closing && inTable > 0:
				// a table row becomes one pipe-table line: "| Nov 2024 | 312.3 |"
				if cells == 0 {
					if rowBreak && !pendingBreak {
						emit([]byte("\n"), i, i)
					}
					flushBreak()
					rowBreak = false
					emit([]byte("| "), i, i)
				} else {
					emit([]byte(" | "), i, i)
				}
				cells++
				lastWasBreak, lastWasSpace = false, true
			case (name == "td" || name == "th") && closing && inTable > 0:
			case name == "tr" && inTable > 0:
				if cells > 0 {
					emit([]byte(" |"), i, i)
					cells = 0
					rowBreak = true
					lastWasBreak, lastWasSpace = false, true
				}
			case name == "table":
				if closing {
					inTable = max(0, inTable-1)
				} else {
					inTable++
				}
				cells, rowBreak = 0, false
				pendingBreak, breakAt = true, i
			case blockTags[name] && cells > 0:
				// a paragraph or line break inside a table cell stays in the row
				if !lastWasSpace {
					emit([]byte{' '}, i, i)
					lastWasSpace = true
				}
			case blockTags[name]:
				pendingBreak, breakAt = true, i
			}
			i = tagEnd
		case c == '&':
			j := i + 1
			for j < len(data) && j-i < 12 && data[j] != ';' && data[j] != '<' && data[j] != '&' && data[j] != ' ' {
				j++
			}
			if j < len(data) && data[j] == ';' {
				dec := html.UnescapeString(data[i : j+1])
				if dec != data[i:j+1] {
					dec = strings.Map(func(r rune) rune {
						switch r {
						case '\u00a0', '\t', '\n', '\r':
							return ' '
						}
						return r
					}, dec)
					flushBreak()
					if dec == " " && lastWasSpace {
						i = j + 1
						continue
					}
					emit([]byte(dec), i, j+1)
					lastWasBreak, lastWasSpace = false, dec == " "
					i = j + 1
					continue
				}
			}
			flushBreak()
			emit([]byte{'&'}, i, i+1)
			lastWasBreak, lastWasSpace = false, false
			i++
		case c == ' ' || c == '\n' || c == '\t' || c == '\r':
			if !lastWasSpace && !pendingBreak {
				emit([]byte{' '}, i, i+1)
				lastWasSpace = true
			}
			i++
		default:
			flushBreak()
			// a run of plain characters at once: each byte maps back to its
			// character's bytes
			for i < len(data) {
				c := data[i]
				if c < utf8.RuneSelf {
					if c == '<' || c == '&' || c == ' ' || c == '\n' || c == '\t' || c == '\r' {
						break
					}
					text = append(text, c)
					srcS = append(srcS, int32(i))
					srcE = append(srcE, int32(i+1))
					i++
					continue
				}
				_, n := utf8.DecodeRuneInString(data[i:])
				for k := i; k < i+n; k++ {
					text = append(text, data[k])
					srcS = append(srcS, int32(i))
					srcE = append(srcE, int32(i+n))
				}
				i += n
			}
			lastWasBreak, lastWasSpace = false, false
		}
	}
	in.text = string(text)
	in.srcStart, in.srcEnd = srcS, srcE
	return in
}

// tagName returns the lower-case element name of a tag body ("p class=x" → "p").
func tagName(tag string) (string, bool) {
	closing := strings.HasPrefix(tag, "/")
	tag = strings.TrimPrefix(tag, "/")
	end := 0
	for end < len(tag) && (isAlpha(tag[end]) || (end > 0 && tag[end] >= '0' && tag[end] <= '9')) {
		end++
	}
	return strings.ToLower(tag[:end]), closing
}

func isAlpha(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// indexFold is strings.Index ignoring ASCII case of the needle's letters.
func indexFold(s, sub string) int {
	n := len(sub)
	for i := 0; i+n <= len(s); i++ {
		if strings.EqualFold(s[i:i+n], sub) {
			return i
		}
	}
	return -1
}
