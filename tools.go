//go:build tools

// Package tools pins dependencies while the packages that use them are being written.
package tools

import (
	_ "github.com/expr-lang/expr"
	_ "github.com/xuri/excelize/v2"
	_ "github.com/rs/zerolog"
	_ "github.com/spf13/cobra"
	_ "go.yaml.in/yaml/v3"
	_ "github.com/schollz/progressbar/v3"
	_ "golang.org/x/text/encoding/simplifiedchinese"
	_ "golang.org/x/term"
	_ "github.com/chromedp/chromedp"
)

