"""Validates OSCAL files with compliance-trestle, independently of AIMS Assess's own code.

Usage: validate.py FOLDER_OR_FILE...

Each file is recognised by its one top-level key, read with trestle's OSCAL 1.1.2 models
(pydantic types generated from NIST's schemas, which refuse unknown fields, missing required
fields and values outside OSCAL's patterns), and then checked by `trestle validate` inside a
temporary trestle workspace (duplicate UUIDs and IDs, references, links). A profile is also
checked against its catalogs: every included control must exist in the catalog it imports,
whether that is the exported catalog beside it or the own-controls catalog in its back matter.
Exits with 1 and says why when any file fails.
"""

import base64
import json
import pathlib
import shutil
import subprocess
import sys
import tempfile

from trestle.oscal import OSCAL_VERSION
from trestle.oscal.assessment_results import AssessmentResults
from trestle.oscal.catalog import Catalog
from trestle.oscal.poam import PlanOfActionAndMilestones
from trestle.oscal.profile import Profile

MODELS = {
    "catalog": (Catalog, "catalogs"),
    "profile": (Profile, "profiles"),
    "assessment-results": (AssessmentResults, "assessment-results"),
    "plan-of-action-and-milestones": (PlanOfActionAndMilestones, "plan-of-action-and-milestones"),
}


def control_ids(catalog):
    """Every control ID of a catalog, in groups and nested controls too."""
    ids = set()

    def walk_controls(controls):
        for control in controls or []:
            ids.add(control.id)
            walk_controls(control.controls)

    def walk_groups(groups):
        for group in groups or []:
            walk_controls(group.controls)
            walk_groups(group.groups)

    walk_controls(catalog.controls)
    walk_groups(catalog.groups)
    return ids


def check_profile(profile, folder):
    """Every control a profile includes exists in the catalog it imports."""
    resources = {r.uuid: r for r in (profile.back_matter.resources if profile.back_matter else [])}
    for number, imported in enumerate(profile.imports):
        href = imported.href
        if href.startswith("#"):
            resource = resources.get(href[1:])
            if resource is None or resource.base64 is None:
                raise ValueError(f"import {number}: {href} names no back-matter resource with a file")
            text = base64.b64decode(resource.base64.value, validate=True).decode("utf-8")
            catalog = Catalog.parse_obj(json.loads(text)["catalog"])
        else:
            catalog = Catalog.oscal_read(folder / href)
        known = control_ids(catalog)
        wanted = [
            control_id
            for selection in imported.include_controls or []
            for control_id in (with_id.__root__ for with_id in selection.with_ids or [])
        ]
        if not wanted:
            raise ValueError(f"import {number} ({href}) includes no control")
        missing = sorted(set(wanted) - known)
        if missing:
            raise ValueError(f"import {number} ({href}) includes unknown controls: {missing}")
        print(f"  import {number}: {len(wanted)} controls, all in {href[:40]}")


def validate(path, workspace):
    text = path.read_text(encoding="utf-8")
    document = json.loads(text)
    if len(document) != 1 or next(iter(document)) not in MODELS:
        raise ValueError(f"the top-level key is not one of {sorted(MODELS)}: {sorted(document)}")
    key = next(iter(document))
    model_class, folder_name = MODELS[key]
    model = model_class.oscal_read(path)
    if model.metadata.oscal_version.__root__ != OSCAL_VERSION:
        raise ValueError(f"oscal-version is {model.metadata.oscal_version.__root__}, not {OSCAL_VERSION}")
    if key == "profile":
        check_profile(model, path.parent)
    # `trestle validate` works on files inside a trestle workspace.
    target = workspace / folder_name / path.stem / f"{key}.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(path, target)
    trestle = pathlib.Path(sys.executable).with_name("trestle")
    outcome = subprocess.run(
        [str(trestle), "validate", "-f", str(target), "-tr", str(workspace)],
        capture_output=True,
        text=True,
        check=False,
    )
    if outcome.returncode != 0:
        raise ValueError(f"trestle validate failed:\n{outcome.stdout}{outcome.stderr}")
    return key


def main(arguments):
    paths = []
    for argument in arguments:
        path = pathlib.Path(argument)
        paths.extend(sorted(path.glob("*.json")) if path.is_dir() else [path])
    if not paths:
        print("No OSCAL files to validate.", file=sys.stderr)
        return 1
    failures = 0
    seen = set()
    with tempfile.TemporaryDirectory() as folder:
        workspace = pathlib.Path(folder)
        trestle = pathlib.Path(sys.executable).with_name("trestle")
        subprocess.run([str(trestle), "init"], cwd=workspace, capture_output=True, check=True)
        for path in paths:
            print(f"{path.name}:")
            try:
                seen.add(validate(path, workspace))
                print(f"  valid OSCAL {OSCAL_VERSION}")
            except Exception as error:  # Every failure is reported, then the run fails.
                failures += 1
                print(f"  INVALID: {error}", file=sys.stderr)
    print(f"{len(paths) - failures} of {len(paths)} files valid; models seen: {', '.join(sorted(seen))}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
