// Package article reads news articles (.txt, .md, .html, .htm) and extracts
// the trade figures they state: money amounts, counts, growth rates and shares,
// each with its subject, flow, partner and period, located by line and column
// in the original input.
//
// The extractor is rule-based. Numbers come from sources/numbers, periods from
// sources/periods and subjects from the glossary; this package decides which
// mentions are statistics and what each one is about, using the sentence it
// stands in and, where the sentence is silent, the sentences before it.
//
// Documented behaviour (the defaults an editor should know about):
//   - Figures are money amounts, percentages, percentage points, "-fold"
//     ratios, fractions in words, and counts with a count noun ("units",
//     "tonnes", "chips", a glossary subject). Bare numbers, years, dates,
//     ordinals, model names and spelled-out small numbers are not figures.
//     A currency-less large amount counts only right after an amount of money
//     (it takes that currency) or a count (it takes that unit).
//   - Subject, flow and period are taken, in order, from the figure's own
//     words, its clause, its sentence, and then the sentences before it. A
//     sentence about something other than trade (GDP, revenue, a deal, the
//     exchange rate), or a clause about a company's own figures ("its sales",
//     deliveries, orders), takes no trade subject or flow from its context. A
//     paragraph or list item that opens on bare "Exports"/"Imports" (only
//     determiners, a possessive or a period before it) is about all goods
//     again; bare "shipments" after a sentence about imports are imports.
//   - Ranges keep both ends: "8 to 10 per cent" is 8% and 10%, "$8-10
//     billion" is $8 billion and $10 billion. A large bare number after a
//     trade word about a product counted in units ("EV exports rose to 1.2
//     million") is a count.
//   - Period: the nearest period in the clause, else before it in the
//     sentence, else after it, else the period of the previous sentence's
//     first figure ("April alone" does not carry on), else the first period
//     the article names; left empty when the article names none. A period
//     written right after a figure ("$61.2 billion for January-March") or
//     opening its noun phrase ("last year's total of $823.2 billion",
//     "October's 12.7% jump") is that figure's alone, and "over the same
//     period" is the period named earlier in its sentence. Comparison bases
//     ("from a year earlier", "than in 2023", "from $95.7 billion in
//     October") and dates are never another figure's period; the base itself
//     takes them, and "up from 15.6% a year earlier" or "from $99 billion in
//     the same month last year" is dated twelve months before the figure it
//     is compared with. A rate written as a base is the same kind of rate as
//     the one before it, unsigned ("down from 16.2%" is a level of 16.2).
//     Fiscal split years ("fiscal 2024-25", "FY2023-24") run April to March;
//     "the fiscal year ended March 2025" is the twelve months to March.
//   - Intervals: half a unit of the last stated digit; a qualified figure
//     ("more than 7 trillion", "nearly $1 trillion") is a bound and widens from
//     the stated value by opts.Widening (figure.DefaultWidening when unset).
//   - Whose trade: another economy's figures ("Japan's exports", "U.S.
//     imports") and a Chinese province's or city's ("Shandong province's
//     exports", "the province's imports" after it) keep their subject and
//     flow but get no metric, so they are never compared with China's
//     national figures of the same name. A partner is named by "to/from/with
//     X", "trade between China and X", or a nationality before goods
//     ("imports of Russian goods").
//   - Sign: falls ("fell", "a decline of", "10% lower", "narrowed") make
//     growth negative; a deficit is a positive amount with flow "deficit"
//     (a surplus is flow "balance").
//   - Forecasts: a forecast word marks the figures after it in its sentence,
//     but not past a semicolon or out of its parentheses, and not a figure
//     dated by a possessive past period ("March's 4.4% decline"); "the 0.9%
//     fall economists had expected" is a forecast too. Outlooks are measure
//     "other" as well: figures dated after the publication month, and rates
//     or amounts with "could", "would", "will", "likely", "might" or a
//     forecast word before them in their clause.
//   - Basis: each growth rate takes the basis phrase that belongs to it (the
//     first after it before the next figure, else the nearest before it), so
//     "up 3.6% from a year ago and 1.2% from March" is yoy then mom.
//   - Not trade statistics: tariff and tax rates, amounts named by a tariff
//     ("tariffs on $300 billion of goods"), forecasts and targets (measure
//     "other"), stocks such as registered capital (measure "other", no flow).
package article

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"
	"unsafe"

	"figcheck/figure"
	"figcheck/sources"
)

// Reader reads articles. The zero value is ready to use.
type Reader struct{}

// Formats lists the article formats this package reads, for help text.
func Formats() []sources.Format {
	return []sources.Format{
		{Name: "text article", Extensions: []string{".txt"}, Kind: figure.KindArticle},
		{Name: "markdown article", Extensions: []string{".md"}, Kind: figure.KindArticle},
		{Name: "HTML article", Extensions: []string{".html", ".htm"}, Kind: figure.KindArticle},
	}
}

// Read implements sources.Reader. name selects the format by extension and
// prefixes figure ids; opts.Date is the publication date used when the article
// states none.
func (Reader) Read(ctx context.Context, r io.Reader, name string, opts sources.Options) (sources.Document, error) {
	limit := opts.MaxBytes
	if limit <= 0 {
		limit = sources.DefaultMaxBytes
	}
	data, err := readAll(r, limit+1)
	if err != nil {
		return sources.Document{}, fmt.Errorf("article %s: read: %w", name, err)
	}
	if int64(len(data)) > limit {
		return sources.Document{}, fmt.Errorf("article %s: larger than %d bytes", name, limit)
	}
	if err := ctx.Err(); err != nil {
		return sources.Document{}, fmt.Errorf("article %s: %w", name, err)
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	var text string
	switch {
	case !utf8.Valid(data):
		text = strings.ToValidUTF8(string(data), "\uFFFD")
	case len(data) > 0:
		// data was read here and is never written again, so it can back the
		// text without a copy
		text = unsafe.String(&data[0], len(data))
	}
	in := prepare(text, strings.ToLower(filepath.Ext(name)))
	return extract(ctx, in, name, opts)
}

// readAll is io.ReadAll(io.LimitReader(r, n)), but reads an input whose
// length it can learn (a bytes or strings reader, a file) into a buffer of
// the right size at once instead of growing one.
func readAll(r io.Reader, n int64) ([]byte, error) {
	size := int64(512)
	switch v := r.(type) {
	case interface{ Len() int }:
		size = int64(v.Len()) + 1 // +1: a read at the end must see EOF
	case interface{ Stat() (fs.FileInfo, error) }:
		if fi, err := v.Stat(); err == nil && fi.Mode().IsRegular() && fi.Size() > 0 {
			size = fi.Size() + 1
		}
	}
	size = min(size, n)
	if size <= 0 {
		size = 1
	}
	lr := io.LimitReader(r, n)
	b := make([]byte, 0, size)
	for {
		k, err := lr.Read(b[len(b):cap(b)])
		b = b[:len(b)+k]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return b, err
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)] // let append pick the next size
		}
	}
}

// input is an article ready for extraction: the plain text to analyse and the
// way back from plain-text offsets to the original bytes.
type input struct {
	orig string // the original input (valid UTF-8)
	text string // plain text; line/col are computed on orig
	// srcStart[k] and srcEnd[k] are the original byte range that produced
	// text byte k. Both are nil when text == orig.
	srcStart, srcEnd []int32
	// published is a date stated in metadata (front matter, HTML meta).
	published time.Time
	warnings  []string
}

// span maps a plain-text byte range to the original input.
func (in *input) span(start, end int) (int, int) {
	if in.srcStart == nil {
		return start, end
	}
	if start >= len(in.srcStart) {
		return len(in.orig), len(in.orig)
	}
	if end <= start {
		s := int(in.srcStart[start])
		return s, s
	}
	return int(in.srcStart[start]), int(in.srcEnd[end-1])
}

// prepare builds the plain text of an input by its extension.
func prepare(data, ext string) *input {
	switch ext {
	case ".html", ".htm":
		return htmlInput(data)
	case ".md", ".markdown":
		return markdownInput(data)
	}
	in := &input{orig: data, text: data}
	if strings.HasPrefix(data, "---\n") || strings.HasPrefix(data, "---\r\n") {
		// a text file with front matter reads like markdown
		return markdownInput(data)
	}
	return in
}

// markdownInput blanks out YAML front matter (reading its date) and keeps
// everything else as it is: markdown syntax does not disturb the number scan.
func markdownInput(data string) *input {
	in := &input{orig: data, text: data}
	if !strings.HasPrefix(data, "---\n") && !strings.HasPrefix(data, "---\r\n") {
		return in
	}
	rest := data[3:]
	end := strings.Index(rest, "\n---")
	if end < 0 {
		return in
	}
	fmEnd := 3 + end + len("\n---")
	fm := data[:fmEnd]
	for _, line := range strings.Split(fm, "\n") {
		line = strings.TrimSpace(line)
		for _, key := range []string{"date:", "published:", "pubdate:", "publishdate:", "published_at:"} {
			if len(line) > len(key) && strings.EqualFold(line[:len(key)], key) {
				v := strings.Trim(strings.TrimSpace(line[len(key):]), `"'`)
				if d, ok := parseDate(v); ok && in.published.IsZero() {
					in.published = d
				}
			}
		}
	}
	b := []byte(data)
	for i := 0; i < fmEnd; i++ {
		if b[i] != '\n' {
			b[i] = ' '
		}
	}
	in.text = string(b)
	return in
}
