package socialorg

// Citation names the legal source of a rule: the document and, where one article is meant, the
// article (or clause) within it. Every Finding and every dated parameter carries one.
//
//	Citation{Document: "《中华人民共和国慈善法》（2023年修正）", Article: "第二十二条"}
//
// Supplied marks the source of a value the caller supplied (Supply), which messages mark as
// caller-supplied. The zero Citation cites nothing and is never valid on a finding or a
// parameter.
type Citation struct {
	Document string `json:"document"`           // 《中华人民共和国慈善法》（2023年修正）
	Article  string `json:"article,omitempty"`  // 第二十二条 ("" when the whole document is meant)
	Supplied bool   `json:"supplied,omitempty"` // the caller's source for a value it supplied
}

// IsZero reports whether c cites no document.
func (c Citation) IsZero() bool { return c.Document == "" }

// String joins document and article: "《中华人民共和国慈善法》（2023年修正）第二十二条".
func (c Citation) String() string {
	if c.Article == "" {
		return c.Document
	}
	return c.Document + c.Article
}
