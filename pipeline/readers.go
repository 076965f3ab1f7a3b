package pipeline

import (
	"figcheck/figure"
	"figcheck/sources"
	"figcheck/sources/article"
	"figcheck/sources/sheet"
)

// kindByExt maps a lower-case file extension to the kind of source it is.
var kindByExt = map[string]figure.SourceKind{
	".txt": figure.KindArticle, ".md": figure.KindArticle, ".html": figure.KindArticle, ".htm": figure.KindArticle,
	".xlsx": figure.KindSheet, ".csv": figure.KindSheet,
}

// readerFor picks the reader for a lower-case extension.
func readerFor(ext string) (sources.Reader, bool) {
	switch kindByExt[ext] {
	case figure.KindArticle:
		return article.Reader{}, true
	case figure.KindSheet:
		return sheet.ForExt(ext)
	}
	return nil, false
}

// Formats lists every input format figcheck reads, for help text.
func Formats() []sources.Format {
	return append(article.Formats(), sheet.Formats()...)
}
