package app

import (
	"fmt"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
)

// minArticle is the shortest readable-article text (in bytes) trusted over
// the page's whole text.
const minArticle = 200

// htmlBlocks are the elements that end a paragraph; htmlSkipped are those
// whose content is never text to read (scripts, styles, media, forms).
var (
	htmlBlocks = setOf("address", "article", "aside", "blockquote", "caption", "dd", "details", "dialog",
		"div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
		"header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tr", "ul")
	htmlSkipped = setOf("audio", "button", "canvas", "embed", "head", "iframe", "img", "input", "link",
		"map", "math", "meta", "noscript", "object", "picture", "script", "select", "source", "style",
		"svg", "template", "textarea", "title", "track", "video")
	// htmlChrome is page furniture left out when falling back to the whole page.
	htmlChrome = setOf("nav", "header", "footer", "aside", "form")
)

// extractHTML returns the readable article of an HTML page (already
// decoded to UTF-8) as paragraphs, with the title, byline, site name and
// publication date from the page's metadata. Nothing is fetched: the page
// is parsed from memory and no address in it is followed.
func extractHTML(src string) (text string, m textMeta, err error) {
	defer func() {
		if r := recover(); r != nil {
			text, err = "", fmt.Errorf("%w (the page could not be parsed)", ErrNoArticle)
		}
	}()
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return "", m, ErrNoArticle
	}
	parser := readability.NewParser()
	article, err := parser.ParseDocument(doc, nil)
	if err != nil {
		article = readability.Article{}
	}
	text = articleText(article.Node, doc)
	if strings.TrimSpace(text) == "" {
		return "", m, ErrNoArticle
	}
	m = pageMeta(article, doc, text)
	return dropLeadingRepeats(text, m), m, nil
}

// dropLeadingRepeats removes paragraphs at the start of an article that
// only repeat its title or byline ("By Jane Roe"), which the metadata
// already shows; it keeps the text whole if nothing else would remain.
func dropLeadingRepeats(text string, m textMeta) string {
	for range 3 {
		first, rest, ok := strings.Cut(text, "\n\n")
		if !ok || !isRepeat(first, m) {
			break
		}
		text = rest
	}
	return text
}

// isRepeat reports whether para is the title or the byline, with or
// without "By".
func isRepeat(para string, m textMeta) bool {
	para = clean(para)
	return para == m.Title || m.Byline != "" && (para == m.Byline || cleanByline(para) == m.Byline)
}

// articleText returns the readable article's text, or the whole page's
// text without navigation and the like when the article is missing or much
// shorter than a page with real text in it.
func articleText(article, doc *html.Node) string {
	var text string
	if article != nil {
		text = blockText(article, nil)
	}
	if len(text) >= minArticle {
		return text
	}
	if whole := blockText(doc, htmlChrome); len(whole) > len(text) {
		return whole
	}
	return text
}

// blockText walks n and returns its text as paragraphs, leaving out the
// elements in skip as well as scripts, styles and media.
func blockText(n *html.Node, skip map[string]bool) string {
	var p paragraphs
	walkHTML(n, &p, skip)
	return p.String()
}

// walkHTML adds the text under n to p.
func walkHTML(n *html.Node, p *paragraphs, skip map[string]bool) {
	switch n.Type {
	case html.TextNode:
		p.text(n.Data)
		return
	case html.ElementNode:
		if htmlSkipped[n.Data] || skip[n.Data] {
			return
		}
		if walkElement(n, p, skip) {
			return
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walkHTML(c, p, skip)
	}
}

// walkElement handles the elements that shape text (line breaks, blocks,
// preformatted text, table cells); it reports whether it walked n's
// children itself.
func walkElement(n *html.Node, p *paragraphs, skip map[string]bool) bool {
	switch {
	case n.Data == "br":
		p.lineBreak()
	case n.Data == "pre":
		p.end()
		p.raw(innerRaw(n))
		p.end()
		return true
	case n.Data == "td" || n.Data == "th":
		p.text(" ")
	case htmlBlocks[n.Data]:
		p.end()
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walkHTML(c, p, skip)
		}
		p.end()
		return true
	}
	return false
}

// innerRaw returns the text under n with its white space kept.
func innerRaw(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		if n.Type == html.ElementNode && htmlSkipped[n.Data] {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// pageMeta gathers the metadata of a page: readability's reading of the
// <meta> tags and JSON-LD first, then a <time> element, then what the
// text itself shows.
func pageMeta(a readability.Article, doc *html.Node, text string) textMeta {
	guess := guessMeta(text)
	m := textMeta{
		Title:  firstNonEmpty(clean(a.Title()), guess.Title),
		Outlet: firstNonEmpty(clean(a.SiteName()), guess.Outlet),
		Byline: firstNonEmpty(cleanByline(a.Byline()), guess.Byline),
		Credit: guess.Credit,
	}
	if t, err := a.PublishedTime(); err == nil {
		m.Date = formatTime(t)
	} else if t, ok := timeElement(doc); ok {
		m.Date = formatTime(t)
	} else {
		m.Date = guess.Date
	}
	return m
}

// timeElement returns the first <time datetime="..."> of the page.
func timeElement(n *html.Node) (time.Time, bool) {
	if n.Type == html.ElementNode && n.Data == "time" {
		if t, ok := parseStamp(attr(n, "datetime")); ok {
			return t, true
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if t, ok := timeElement(c); ok {
			return t, true
		}
	}
	return time.Time{}, false
}

// parseStamp parses a machine-readable date: RFC 3339 or YYYY-MM-DD.
func parseStamp(s string) (time.Time, bool) {
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04", "2006-01-02"} {
		if t, err := time.Parse(layout, strings.TrimSpace(s)); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// attr returns the value of n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// cleanByline drops a leading "By " and collapses white space.
func cleanByline(s string) string {
	s = clean(s)
	if len(s) > 3 && strings.EqualFold(s[:3], "by ") {
		s = strings.TrimSpace(s[3:])
	}
	return s
}

// clean collapses runs of white space to single spaces.
func clean(s string) string { return strings.Join(strings.Fields(s), " ") }

// firstNonEmpty returns the first of its arguments that is not "".
func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}

// setOf makes a set of the given names.
func setOf(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}
