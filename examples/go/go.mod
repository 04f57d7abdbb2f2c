module mubiaoexample

go 1.19
