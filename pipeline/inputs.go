package pipeline

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

// Input is one file to read. Name is what figures, findings and reports call it.
type Input struct {
	Name string
	// Path is the file on disk (empty for embedded or uploaded inputs); it is
	// used to refuse writing a report over an input.
	Path string
	open func() (io.ReadCloser, error)
}

// Open opens the input for reading.
func (in Input) Open() (io.ReadCloser, error) {
	if in.open == nil {
		return nil, fmt.Errorf("%s: input has no content", in.Name)
	}
	return in.open()
}

// FileInput is an input read from disk.
func FileInput(name, path string) Input {
	return Input{Name: name, Path: path, open: func() (io.ReadCloser, error) { return os.Open(path) }}
}

// BytesInput is an input held in memory (an upload, a pasted article).
func BytesInput(name string, data []byte) Input {
	return Input{Name: name, open: func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(data)), nil }}
}

// FSInput is an input inside a file system such as the embedded example corpus.
func FSInput(fsys fs.FS, name string) Input {
	return Input{Name: name, open: func() (io.ReadCloser, error) { return fsys.Open(name) }}
}

// IsSupported reports whether a file name has an extension figcheck reads.
func IsSupported(name string) bool {
	_, ok := kindByExt[strings.ToLower(path.Ext(name))]
	return ok
}

// ErrNoInputs is returned when the given paths hold no readable file.
var ErrNoInputs = errors.New("no inputs: no .txt, .md, .html, .htm, .xlsx or .csv files found")

// CollectPaths turns command-line paths (files or folders, walked recursively)
// into inputs sorted by name. A path that does not exist is an error; a file
// given by name with an unsupported extension is an error; inside folders such
// files are skipped, as are hidden files and Office lock files (~$x.xlsx).
func CollectPaths(paths []string) ([]Input, error) {
	var out []Input
	seen := map[string]bool{}
	add := func(p string) {
		name := filepath.ToSlash(filepath.Clean(p))
		if !seen[name] {
			seen[name] = true
			out = append(out, FileInput(name, p))
		}
	}
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("input %s: %w", p, err)
		}
		if !st.IsDir() {
			if !IsSupported(p) {
				return nil, fmt.Errorf("input %s: unsupported file type %q (want .txt .md .html .htm .xlsx .csv)", p, filepath.Ext(p))
			}
			add(p)
			continue
		}
		err = filepath.WalkDir(p, func(fp string, d fs.DirEntry, err error) error {
			if err != nil {
				return fmt.Errorf("walk %s: %w", fp, err)
			}
			base := d.Name()
			if fp != p && strings.HasPrefix(base, ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() || strings.HasPrefix(base, "~$") || !IsSupported(base) {
				return nil
			}
			add(fp)
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	if len(out) == 0 {
		return nil, ErrNoInputs
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

// CollectFS lists the supported files of a file system (the embedded examples), sorted.
func CollectFS(fsys fs.FS) ([]Input, error) {
	var out []Input
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && IsSupported(p) {
			out = append(out, FSInput(fsys, p))
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}
