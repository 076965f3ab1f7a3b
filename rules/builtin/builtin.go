// Package builtin embeds figcheck's built-in rule pack: YAML rule files in the
// same format users write, and the unit-value bounds table.
package builtin

import (
	"embed"
	"io/fs"
	"sort"
)

//go:embed *.yaml
var files embed.FS

// Files lists the embedded rule files in load order (sorted by name).
func Files() []string {
	ents, _ := fs.ReadDir(files, ".")
	var out []string
	for _, e := range ents {
		out = append(out, e.Name())
	}
	sort.Strings(out)
	return out
}

// Read returns one embedded file's content.
func Read(name string) ([]byte, error) { return files.ReadFile(name) }
