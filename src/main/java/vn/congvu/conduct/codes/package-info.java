/** Quy tắc ứng xử: codes of conduct, their articles, which units they are given to, and staff confirmations. */
@org.springframework.modulith.NamedInterface("codes")
package vn.congvu.conduct.codes;
