package main

import (
	"fmt"

	"golang.org/x/text/language"

	"github.com/socialorg/socialorg"
)

// text3 is a message of the program in Simplified Chinese, Traditional Chinese and English, with
// fmt verbs for its arguments.
type text3 [3]string

// The languages' indexes in a text3.
const (
	hansIdx = 0
	hantIdx = 1
	enIdx   = 2
)

// f formats the message in language i.
func (t text3) f(i int, args ...any) string { return fmt.Sprintf(t[i], args...) }

// langIndex is the text3 index of a language the library speaks.
func langIndex(tag language.Tag) int {
	switch socialorg.MatchLanguage(tag) {
	case language.TraditionalChinese:
		return hantIdx
	case language.English:
		return enIdx
	}
	return hansIdx
}

// The program's messages.
var (
	msgNoHeader             = text3{"表中没有标题行", "表中沒有標題行", "the table has no heading row"}
	msgUnknownColumn        = text3{"第 %s 列标题 %q 不是已知的列；已知的列：%s（或用 --ignore-unknown 忽略）", "第 %s 欄標題 %q 不是已知的欄；已知的欄：%s（或用 --ignore-unknown 忽略）", "column %s, heading %q: not a known column; known columns: %s (or pass --ignore-unknown)"}
	msgUnknownColumnSuggest = text3{"第 %s 列标题 %q 不是已知的列，是否应为 %q？（或用 --ignore-unknown 忽略）", "第 %s 欄標題 %q 不是已知的欄，是否應為 %q？（或用 --ignore-unknown 忽略）", "column %s, heading %q: not a known column; did you mean %q? (or pass --ignore-unknown)"}
	msgDuplicateColumn      = text3{"第 %s 列与第 %s 列都是 %s", "第 %s 欄與第 %s 欄都是 %s", "columns %s and %s are both %s"}
	msgMissingColumn        = text3{"缺少必需的列 %s", "缺少必需的欄 %s", "the required column %s is missing"}
	msgRowProblem           = text3{"第 %d 行，%s", "第 %d 行，%s", "row %d, %s"}
	msgRowStop              = text3{"第 %d 行：%s；其后各行未能读取", "第 %d 行：%s；其後各行未能讀取", "row %d: %s; the rows after it could not be read"}
	msgMoreRows             = text3{"……另有 %d 行未能检查（见结果）", "……另有 %d 行未能檢查（見結果）", "… and %d more rows not checked (see the results)"}
	msgSummary              = text3{"已检查 %d 行：符合 %d，不符合 %d，无法判定 %d，未能检查 %d", "已檢查 %d 行：符合 %d，不符合 %d，無法判定 %d，未能檢查 %d", "%d rows: %d met, %d not met, %d undecided, %d not checked"}
	msgWrote                = text3{"结果已写入 %s", "結果已寫入 %s", "results written to %s"}
	msgTooLarge             = text3{"%s：输入超过 %d 字节（--max-bytes）", "%s：輸入超過 %d 位元組（--max-bytes）", "%s: the input is larger than %d bytes (--max-bytes)"}
	msgNotWorkbook          = text3{"%s：不是可读取的 .xlsx 工作簿（%v）", "%s：不是可讀取的 .xlsx 活頁簿（%v）", "%s: not a readable .xlsx workbook (%v)"}
	msgOldExcel             = text3{"%s：这是旧版 Excel 97-2003（.xls）文件或加密的工作簿；请另存为 .xlsx", "%s：這是舊版 Excel 97-2003（.xls）檔案或加密的活頁簿；請另存為 .xlsx", "%s: an Excel 97-2003 (.xls) file or an encrypted workbook; save it as .xlsx"}
	msgNoSheet              = text3{"%s：没有名为 %q 的工作表；工作表：%s", "%s：沒有名為 %q 的工作表；工作表：%s", "%s: no sheet named %q; sheets: %s"}
	msgFormat               = text3{"%s：无法从扩展名判断格式（.xlsx、.csv 或 .json）", "%s：無法從副檔名判斷格式（.xlsx、.csv 或 .json）", "%s: cannot tell the format from the extension (.xlsx, .csv or .json)"}
)

// The texts of the results.
var (
	// columns of the results, in order: row, subject, rule, outcome, got, want, message,
	// citation, code, field.
	resultColumns = []text3{
		{"行号", "行號", "row"}, {"对象", "對象", "subject"}, {"规则", "規則", "rule"}, {"结果", "結果", "outcome"},
		{"实际", "實際", "got"}, {"要求", "要求", "want"}, {"说明", "說明", "message"}, {"依据", "依據", "citation"},
		{"问题代码", "問題代碼", "code"}, {"字段", "欄位", "field"},
	}
	verdictMet        = text3{"符合", "符合", "met"}
	verdictNotMet     = text3{"不符合", "不符合", "not met"}
	verdictUndecided  = text3{"无法判定", "無法判定", "undecided"}
	verdictNotChecked = text3{"未能检查", "未能檢查", "not checked"}
	outcomeProblem    = text3{"输入有误", "輸入有誤", "input problem"}
	verdictCounts     = text3{"结论：%s（通过 %d，不通过 %d，不适用 %d，待定 %d）", "結論：%s（通過 %d，不通過 %d，不適用 %d，待定 %d）", "verdict: %s (%d pass, %d fail, %d not applicable, %d undecided)"}
	verdictProblems   = text3{"结论：%s（输入有 %d 处问题，未检查）", "結論：%s（輸入有 %d 處問題，未檢查）", "verdict: %s (%d input problems; not checked)"}
	suppliedMark      = text3{"（调用方提供）", "（調用方提供）", " (caller-supplied)"}
)
