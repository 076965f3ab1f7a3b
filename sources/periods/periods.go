// Package periods finds period expressions in English and Chinese text
// ("January-April", "the first 11 months of 2024", "1至4月", "last year") and
// resolves them to inclusive month ranges against a reference date.
package periods

import (
	"time"

	"figcheck/figure"
)

// Mention is one period expression found in a text.
type Mention struct {
	Start, End int    // byte offsets of the expression in the text
	Text       string // text[Start:End]
	Period     figure.Period
	// From and To are the inclusive days, when the text names days; otherwise
	// the first and last day of Period.
	From, To time.Time
	// Cumulative is true for year-to-date ranges stated as such
	// ("the first four months", "January-April", "1至4月").
	Cumulative bool
	// Relative is true when the reference date was needed ("last year", "in April").
	Relative bool
}

// Find returns the period expressions in text, in text order, resolved against
// ref (the publication date). With a zero ref, expressions that need one are
// skipped.
func Find(text string, ref time.Time) []Mention {
	return nil // TODO(periods): implemented by the periods work
}
