// Package examples holds figcheck's bundled example corpus: three articles and
// two source sheets, written for this project, that together contain every
// situation of DESIGN §5. `figcheck check` with no path runs on it.
package examples

import (
	"embed"
	"io/fs"
)

//go:embed corpus
var corpus embed.FS

// Corpus returns the example files, rooted so that names read
// "articles/chip-exports-april-2024.txt" and "sheets/monthly-trade-2024.csv".
func Corpus() fs.FS {
	sub, err := fs.Sub(corpus, "corpus")
	if err != nil {
		panic(err) // the directory is embedded at build time; it cannot be missing
	}
	return sub
}
