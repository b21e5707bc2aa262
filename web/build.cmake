# Run by web/CMakeLists.txt at build time (cmake -P): installs the packages pinned in
# package-lock.json when node_modules is missing or older than the lockfile, then builds dist/
# with Vite and touches STAMP. An npm registry that cannot be reached is a warning (the web
# interface is then not built and the browser tests skip); a failing Vite build is an error.
# Variables: NPM, WEB_DIR, STAMP.
set(installed "${WEB_DIR}/node_modules/.package-lock.json")
if(NOT EXISTS "${installed}" OR "${WEB_DIR}/package-lock.json" IS_NEWER_THAN "${installed}")
  execute_process(COMMAND "${NPM}" ci --no-audit --no-fund --loglevel=error
                  WORKING_DIRECTORY "${WEB_DIR}" RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(WARNING "web: `npm ci` failed (is the npm registry reachable?); the web interface "
                    "is not built and the browser tests will be skipped")
    return()
  endif()
endif()
execute_process(COMMAND "${NPM}" run build --silent WORKING_DIRECTORY "${WEB_DIR}"
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "web: the Vite build failed")
endif()
file(TOUCH "${STAMP}")
