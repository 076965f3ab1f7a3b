// Package sources turns input files into figures. Each format has a Reader;
// ForPath picks one by file extension. Articles (.txt .md .html .htm) go to
// sources/article, sheets (.xlsx .csv) to sources/sheet.
package sources

import (
	"context"
	"errors"
	"io"
	"sync"
	"sync/atomic"
	"time"

	"figcheck/figure"
	"figcheck/sources/glossary"
)

// ErrUnsupported is returned by ForPath for a file whose extension no reader handles.
var ErrUnsupported = errors.New("unsupported file type")

// Document is what a reader got out of one input.
type Document struct {
	Figures []figure.Figure
	// Published is the article's publication date (zero for sheets or when unknown).
	Published time.Time
	// Warnings are problems that did not stop the read (a skipped cell, an
	// unreadable row), each naming its line or cell.
	Warnings []string
	// Text is the article's plain text after markup was stripped (empty for
	// sheets); line/col of article figures refer to it.
	Text string
}

// Options configure every reader.
type Options struct {
	// Glossary maps subject phrases to subject ids. Required.
	Glossary *glossary.Glossary
	// Date is the publication date for articles that state none (--date).
	Date time.Time
	// Widening turns qualifiers into intervals.
	Widening figure.Widening
	// MaxBytes refuses inputs larger than this (0: DefaultMaxBytes).
	MaxBytes int64
	// Memo, when set, is shared by all the reads of a run (concurrent ones
	// included): readers keep in it what they work out from text that
	// repeats from file to file, such as a sheet's header labels. nil: each
	// read works everything out afresh. Results are the same either way.
	Memo *Memo
}

// Memo is a cache of pure functions of text for the length of a run, safe
// for concurrent use. Each reader keys its entries with values of its own
// unexported types, so readers never see each other's entries. Once it
// holds MemoSize entries it keeps no more. The zero value is ready to use;
// a nil *Memo keeps nothing.
type Memo struct {
	m sync.Map
	n atomic.Int64
}

// MemoSize is the most entries a Memo keeps.
const MemoSize = 1 << 16

// Load returns the value kept for key.
func (m *Memo) Load(key any) (any, bool) {
	if m == nil {
		return nil, false
	}
	return m.m.Load(key)
}

// Store keeps value for key unless the memo is full. Keys and values must
// not share memory with a file's contents that would otherwise be freed.
func (m *Memo) Store(key, value any) {
	if m == nil || m.n.Load() >= MemoSize {
		return
	}
	if _, loaded := m.m.LoadOrStore(key, value); !loaded {
		m.n.Add(1)
	}
}

// DefaultMaxBytes is the input size limit unless raised with --max-input-size.
const DefaultMaxBytes = 64 << 20

// Reader reads one input. name is the path shown in figures and errors.
type Reader interface {
	Read(ctx context.Context, r io.Reader, name string, opts Options) (Document, error)
}

// Format names a reader and the extensions it takes, for help text.
type Format struct {
	Name       string
	Extensions []string
	Kind       figure.SourceKind
}
