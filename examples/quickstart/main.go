// Command quickstart checks one social group's registration against the rules in force on a date
// and explains why it fails.
package main

import (
	"fmt"
	"log"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/registry"
)

func main() {
	code, err := registry.ParseCreditCode("５１４４０１００ＭＪ０００００１８Ｍ") // full width is fine
	if err != nil {
		log.Fatal(err)
	}
	org := registry.Organization{
		Code: code, Name: "广州市社区公益促进会", Kind: registry.SocialGroup, Division: code.Division(),
		IndividualMembers: 45, Staff: 1, Funds: decimal.RequireFromString("30000"), Domicile: "广州市越秀区某路1号",
	}
	res, err := registry.CheckRegistration(org, socialorg.MustDate("2026-11-27"))
	if err != nil {
		log.Fatal(err) // an invalid input names its field: organization.funds, …
	}
	fmt.Println(code, "eligible:", res.Eligible())
	for _, f := range res.Failures() {
		fmt.Println(f.Message(language.English))
		fmt.Println(f.Message(language.SimplifiedChinese))
	}
}
