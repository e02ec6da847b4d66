# Reads the tidy tables that `diplomacy-graph tables --out DIR` writes, typed from their
# datapackage.json (Frictionless Table Schema): integer, number, boolean and date columns get
# their R classes, enum columns become factors with every allowed level, an empty cell is NA.
# Needs R and jsonlite (Debian: r-base-core r-cran-jsonlite). Usage: Rscript examples/read-tables.R DIR
library(jsonlite)

read_tables <- function(dir) {
  pkg <- fromJSON(file.path(dir, "datapackage.json"), simplifyVector = FALSE)
  classes <- c(string = "character", integer = "integer", number = "numeric", boolean = "logical", date = "Date")
  tables <- list()
  for (resource in pkg$resources) {
    fields <- resource$schema$fields
    names <- vapply(fields, function(f) f$name, "")
    types <- vapply(fields, function(f) f$type, "")
    frame <- read.csv(file.path(dir, resource$path), colClasses = unname(classes[types]), na.strings = "",
                      encoding = "UTF-8", check.names = FALSE)
    stopifnot(identical(names(frame), names))
    for (f in fields) {
      levels <- unlist(f$constraints$enum)
      if (!is.null(levels)) frame[[f$name]] <- factor(frame[[f$name]], levels = levels)
    }
    key <- unlist(resource$schema$primaryKey)
    stopifnot(!anyDuplicated(frame[key]))
    attr(frame, "dataset_version") <- pkg$version
    tables[[resource$name]] <- frame
  }
  tables
}

args <- commandArgs(trailingOnly = TRUE)
tables <- read_tables(if (length(args) > 0) args[[1]] else "tables")
cat("dataset", attr(tables$positions, "dataset_version"), "\n")
positions <- tables$positions
tokayev <- positions[positions$holder == "person:kassym-jomart-tokayev" & positions$evidenceIndex == 0, ]
print(table(tokayev$stance))
two_state <- positions[grepl("two-state", positions$topicName, ignore.case = TRUE), c("stance", "quote", "document", "start", "end")]
print(head(two_state, 3), right = FALSE)
