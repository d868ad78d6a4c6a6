# A corpus run through the store, as a reviewer does it: check into a new store, check again
# (nothing is checked twice), then summarise. Each step's exit code and stdout are compared.
# -DPROGRAM=… -DDB=… -DEXPECTED=dir (first.out, again.out, summary.out) -DFILES=a;b;…
file(REMOVE ${DB} ${DB}-wal ${DB}-shm)
function(step name expected_exit)
  execute_process(COMMAND ${PROGRAM} ${ARGN} RESULT_VARIABLE exit_code OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT exit_code STREQUAL expected_exit)
    message(FATAL_ERROR "${name}: exit code ${exit_code}, expected ${expected_exit}\nstdout:\n${out}\nstderr:\n${err}")
  endif()
  file(READ ${EXPECTED}/${name}.out expected)
  if(NOT out STREQUAL expected)
    message(FATAL_ERROR "${name}: stdout differs from ${EXPECTED}/${name}.out\n--- actual:\n${out}\n--- expected:\n${expected}")
  endif()
endfunction()
step(first 2 check --quiet --db ${DB} ${FILES})
step(again 2 check --quiet --db ${DB} ${FILES})
step(summary 0 summary --db ${DB})
file(REMOVE ${DB} ${DB}-wal ${DB}-shm)
