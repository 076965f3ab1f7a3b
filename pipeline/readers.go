package pipeline

import (
	"figcheck/figure"
	"figcheck/sources"
)

// kindByExt maps a lower-case file extension to the kind of source it is.
var kindByExt = map[string]figure.SourceKind{
	".txt": figure.KindArticle, ".md": figure.KindArticle, ".html": figure.KindArticle, ".htm": figure.KindArticle,
	".xlsx": figure.KindSheet, ".csv": figure.KindSheet,
}

// readerFor picks the reader for a lower-case extension.
func readerFor(ext string) (sources.Reader, bool) {
	return nil, false // wired once sources/article and sources/sheet land
}
