package charity

import "github.com/socialorg/socialorg"

func planParameters() []socialorg.Parameter { return nil }
