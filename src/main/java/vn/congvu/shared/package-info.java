/** Value types and text rules shared by every module (no Spring beans, no business state). */
@org.springframework.modulith.ApplicationModule(displayName = "Shared value types")
package vn.congvu.shared;
