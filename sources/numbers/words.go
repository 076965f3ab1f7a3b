package numbers

import "math"

var unitWords = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}

var tensWords = map[string]float64{
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

var bigWords = map[string]float64{
	"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "lakh": 1e5, "crore": 1e7,
}

// denominators of fractions in words ("one-fifth", "two-thirds").
var denominators = map[string]float64{
	"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
	"fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8,
	"ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
}

// wordTok is one word of a spelled-out number.
type wordTok struct {
	w          string // lower-case
	start, end int
	hyphen     bool // joined to the previous word by a hyphen
}

// nextWord reads the word at j (after at most a few spaces or one hyphen).
func (s *scanner) nextWord(j int) (wordTok, bool) {
	t := s.text
	k := j
	hy := false
	if k < len(t) && t[k] == '-' {
		hy = true
		k++
	} else {
		for k < len(t) && t[k] == ' ' && k-j < 3 {
			k++
		}
		if k == j && j != 0 && isLetter(t[j-1]) {
			return wordTok{}, false
		}
	}
	e := k
	for e < len(t) && isLetter(t[e]) {
		e++
	}
	if e == k || (e < len(t) && isDigit(t[e])) {
		return wordTok{}, false
	}
	return wordTok{w: s.low[k:e], start: k, end: e, hyphen: hy}, true
}

// starters classify the words that can open a spelled-out mention; one map
// lookup per word keeps the scan fast on long texts.
const (
	startNumber = 1 + iota
	startPercent
	startMinus
)

var starters = func() map[string]uint8 {
	m := map[string]uint8{"a": startNumber, "an": startNumber, "half": startNumber, "quarter": startNumber,
		"hundred": startNumber, "percent": startPercent, "percents": startPercent, "per": startPercent, "minus": startMinus}
	for _, t := range []map[string]float64{unitWords, tensWords, bigWords} {
		for w := range t {
			m[w] = startNumber
		}
	}
	return m
}()

// starterMask[n][first] has bit last-'a' set when some starter of length n
// begins with letter first and ends with letter last: a cheap test that
// rules out most words of the text before the map lookup.
var starterMask = func() (m [maxStarterLen + 1][26]uint32) {
	for w := range starters {
		m[len(w)][w[0]-'a'] |= 1 << (w[len(w)-1] - 'a')
	}
	return m
}()

// maxStarterLen is at least the length of the longest starter word.
const maxStarterLen = 9

// maybeStarter reports whether lower-case letters w might be a starter.
func maybeStarter(w string) bool {
	n := len(w)
	return n > 0 && n <= maxStarterLen && starterMask[n][w[0]-'a']&(1<<(w[n-1]-'a')) != 0
}

func isNumberWord(w string) bool {
	_, a := unitWords[w]
	_, b := tensWords[w]
	_, c := bigWords[w]
	return a || b || c || w == "hundred"
}

// words handles a mention spelled out in words starting at i.
func (s *scanner) words(i int) (int, bool) {
	e := i
	for e < len(s.text) && isLetter(s.text[e]) {
		e++
	}
	w := s.low[i:e]
	if !maybeStarter(w) {
		return 0, false
	}
	switch starters[w] {
	case 0, startMinus:
		return 0, false // "minus" is handled as a sign by the number that follows
	case startPercent:
		return s.percentOf(i)
	}
	first := wordTok{w: w, start: i, end: e}
	if end, ok := s.fraction(i); ok {
		return end, true
	}
	var (
		total, cur   float64
		any          bool
		lastWasScale bool
		lastScale    = 1.0
		lastUnit     = false // last word was a unit word (1..19)
		lastTens     = false
		end          = i
		step         = 1.0
		tok          = first
	)
	for {
		w := tok.w
		if v, ok := unitWords[w]; ok {
			if lastUnit || (lastTens && !tok.hyphen && v >= 10) || (lastTens && v == 0) {
				break
			}
			if lastTens && v >= 10 {
				break
			}
			cur += v
			any, lastUnit, lastTens, lastWasScale = true, true, false, false
			end, step = tok.end, 1
		} else if v, ok := tensWords[w]; ok {
			if lastUnit || lastTens {
				break
			}
			cur += v
			any, lastUnit, lastTens, lastWasScale = true, false, true, false
			end, step = tok.end, 10
			if cur != v {
				step = 1
			}
		} else if w == "hundred" && any {
			if cur == 0 {
				cur = 1
			}
			cur *= 100
			lastUnit, lastTens, lastWasScale = false, false, false
			end, step = tok.end, 100
		} else if sc, ok := bigWords[w]; ok && any {
			if cur == 0 && lastWasScale {
				total *= sc
			} else {
				total += cur * sc
			}
			cur = 0
			lastScale = sc
			lastUnit, lastTens, lastWasScale = false, false, true
			end, step = tok.end, sc
		} else if (w == "a" || w == "an") && !any {
			nt, ok := s.nextWord(tok.end)
			if !ok {
				break
			}
			if _, big := bigWords[nt.w]; big || nt.w == "hundred" {
				cur, any = 1, true
				end = tok.end
			} else if nt.w == "quarter" || nt.w == "half" {
				// "a quarter million"
				tok = nt
				continue
			} else {
				break
			}
		} else if (w == "half" || w == "quarter" || w == "quarters") && (!any || lastUnit) {
			nt, ok := s.nextWord(tok.end)
			_, big := bigWords[nt.w]
			if !ok || !big {
				break
			}
			f := 0.5
			if w != "half" {
				f = 0.25
				if lastUnit {
					f *= cur
					cur = 0
				}
			}
			cur += f
			any, lastUnit, lastTens, lastWasScale = true, false, false, false
			end = tok.end
		} else if w == "and" && any {
			nt, ok := s.nextWord(tok.end)
			if !ok {
				break
			}
			if nt.w == "a" {
				// "and a half", "and three quarters"
				nt2, ok2 := s.nextWord(nt.end)
				if ok2 && nt2.w == "half" {
					nxt, ok3 := s.nextWord(nt2.end)
					if _, big := bigWords[nxt.w]; ok3 && big && cur > 0 {
						cur += 0.5
						end = nt2.end
						tok = nxt
						continue
					}
					if cur > 0 {
						cur += 0.5
					} else {
						total += 0.5 * lastScale
					}
					end = nt2.end
					break
				}
				break
			}
			if !isNumberWord(nt.w) && nt.w != "half" {
				break
			}
			if u, isUnit := unitWords[nt.w]; isUnit && lastWasScale {
				// "one billion and three quarters million"
				nt2, ok2 := s.nextWord(nt.end)
				if ok2 && (nt2.w == "quarters" || nt2.w == "quarter") {
					nt3, ok3 := s.nextWord(nt2.end)
					if sc, big := bigWords[nt3.w]; ok3 && big {
						total += u * 0.25 * sc
						end = nt3.end
						lastScale = sc
						tok, ok = s.nextWord(nt3.end)
						if !ok {
							break
						}
						continue
					}
					total += u * 0.25 * lastScale
					end = nt2.end
					break
				}
			}
			tok = nt
			continue
		} else if w == "point" && any && cur < 1000 {
			k := tok.end
			frac, p := 0.0, 1.0
			got := false
			for {
				nt, ok := s.nextWord(k)
				if !ok {
					break
				}
				v, isU := unitWords[nt.w]
				if !isU || v > 9 {
					break
				}
				p /= 10
				frac += v * p
				k = nt.end
				got = true
			}
			if !got {
				break
			}
			cur += frac
			end, step = k, p
			break
		} else {
			break
		}
		nt, ok := s.nextWord(tok.end)
		if !ok {
			break
		}
		tok = nt
	}
	if !any {
		return 0, false
	}
	val := total + cur
	m := Mention{Start: i, NumStart: i, NumEnd: end, End: end, Value: val, Step: step, Scale: 1, Words: true}
	if lastWasScale {
		m.Scale = lastScale
	}
	s.finishWords(&m)
	return m.End, true
}

// finishWords attaches sign, currency and percent to a spelled-out number.
func (s *scanner) finishWords(m *Mention) {
	st := s.signBefore(m.Start, m)
	m.Start, m.NumStart = st, st
	if cur, ok := s.suffixCurrency(m.End); ok {
		m.Unit, m.End, m.Kind = cur.iso, cur.end, Money
		m.Value *= cur.scale
		m.Step *= cur.scale
	} else if end, unit, ok := s.percentAfter(m.End); ok && (end > m.End+1 || s.text[m.End] == ' ') {
		m.End, m.Unit, m.Kind = end, unit, Percent
		if unit == UnitPP {
			m.Kind = Points
		}
	} else if end, ok := s.foldAfter(m.End); ok {
		m.End, m.Unit, m.Kind = end, UnitFold, Fold
	}
	if m.Sign < 0 {
		m.Value = -m.Value
	}
	s.noun(m)
	s.emit(*m)
}

// fraction matches "one-fifth", "two thirds of", "a quarter of", "half of".
func (s *scanner) fraction(i int) (int, bool) {
	a, ok := s.nextWord(i)
	if !ok || a.start != i {
		return 0, false
	}
	num := 1.0
	var den float64
	end := 0
	hyphen := false
	if a.w == "half" {
		den, end = denominators[a.w], a.end
	} else {
		if a.w != "a" {
			v, isU := unitWords[a.w]
			if !isU || v < 1 || v > 9 {
				return 0, false
			}
			num = v
		}
		b, ok := s.nextWord(a.end)
		if !ok {
			return 0, false
		}
		d, isDen := denominators[b.w]
		if !isDen || (num == 1 && len(b.w) > 0 && b.w[len(b.w)-1] == 's' && b.w != "halves") {
			return 0, false
		}
		den, end, hyphen = d, b.end, b.hyphen
	}
	// "the first three quarters", "the past two quarters" are periods
	switch s.wordBefore(i) {
	case "first", "last", "past", "next", "previous", "latest", "recent", "final", "consecutive", "straight", "two", "three", "four":
		return 0, false
	}
	// a following scale word makes it a number ("half million"), not a fraction
	if nt, ok := s.nextWord(end); ok {
		if _, big := bigWords[nt.w]; big {
			return 0, false
		}
	}
	_, of := matchWords(s.low, end, " of")
	if !hyphen && !of {
		// "half" alone counts after a qualifier ("more than half"); "a quarter" alone is a period
		if a.w != "half" || !s.qualifierBefore(i) {
			return 0, false
		}
	}
	if a.w == "half" && s.wordBefore(i) == "first" || s.wordBefore(i) == "second" || s.wordBefore(i) == "the" && a.w == "half" {
		return 0, false
	}
	v := num / den * 100
	m := Mention{Start: i, End: end, NumStart: i, NumEnd: end, Value: v, Step: 0, Unit: UnitPercent,
		Kind: Fraction, Scale: 1, Words: true}
	s.noun(&m)
	s.emit(m)
	return end, true
}

// wordBefore returns the lower-case word right before i.
func (s *scanner) wordBefore(i int) string {
	j := i
	for j > 0 && s.text[j-1] == ' ' {
		j--
	}
	w := j
	for w > 0 && isLetter(s.text[w-1]) {
		w--
	}
	return s.low[w:j]
}

func (s *scanner) qualifierBefore(i int) bool {
	switch s.wordBefore(i) {
	case "than", "nearly", "almost", "about", "over", "around", "roughly", "only", "just":
		return true
	}
	return false
}

// percentOf matches the inverted form "percent of 10", "per cent of twenty-two".
func (s *scanner) percentOf(i int) (int, bool) {
	if len(s.out) > 0 && s.out[len(s.out)-1].End >= i-2 {
		return 0, false
	}
	end := 0
	for _, w := range []string{"percents of ", "percent of ", "per cent of "} {
		if e, ok := matchWords(s.low, i, w[:len(w)-1]); ok {
			end = e
			break
		}
	}
	if end == 0 || end+1 >= len(s.text) || s.text[end] != ' ' {
		return 0, false
	}
	inner := scanner{text: s.text, low: s.low, lastEnd: end}
	k := end + 1
	var ok bool
	if isDigit(s.text[k]) {
		_, ok = inner.numeric(k)
	} else if isLetter(s.text[k]) {
		_, ok = inner.words(k)
	}
	if !ok || len(inner.out) != 1 || inner.out[0].Kind != Number {
		return 0, false
	}
	n := inner.out[0]
	m := Mention{Start: i, End: n.NumEnd, NumStart: n.NumStart, NumEnd: n.NumEnd, Value: n.Value,
		Step: n.Step, Unit: UnitPercent, Kind: Percent, Scale: 1, Words: n.Words}
	s.emit(m)
	return m.End, true
}

// roundStep keeps steps free of float noise (0.1 * 1e9 = 1e8 exactly).
// Most steps are powers of ten, whose results are looked up.
func roundStep(x float64) float64 {
	if r, ok := roundedSteps[x]; ok {
		return r
	}
	return computeStep(x)
}

// computeStep is roundStep without the lookup.
func computeStep(x float64) float64 {
	if x == 0 {
		return 0
	}
	e := math.Floor(math.Log10(math.Abs(x)))
	p := math.Pow(10, e)
	return math.Round(x/p) * p
}

// roundedSteps holds computeStep of every power of ten in pow10Table.
var roundedSteps = func() map[float64]float64 {
	m := make(map[float64]float64, len(pow10Table))
	for _, x := range pow10Table {
		m[x] = computeStep(x)
	}
	return m
}()
