// Compiled as a file of the check stage would be, this reaches into the bind stage's private
// header, which the build must refuse: the test stage_boundary expects this file not to compile.
#include "bind/cell_labels.hpp"
