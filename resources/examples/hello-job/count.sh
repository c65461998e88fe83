#!/bin/sh
# Counts the words of $1 into $2, reporting progress the way the job script reads it.
echo "PROGRESS 0.1"
wc -w < "$1" > "$2"
echo "PROGRESS 1"
