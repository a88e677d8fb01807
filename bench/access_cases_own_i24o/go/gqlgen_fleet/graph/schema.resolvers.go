package graph

import (
	"context"
	"errors"

	"example.com/fleet/auth"
	"example.com/fleet/graph/model"
)

var (
	errUnauthenticated = errors.New("login required")
	errForbidden       = errors.New("forbidden")
)

func (r *queryResolver) Vehicle(ctx context.Context, id string) (*model.Vehicle, error) {
	return r.Store.VehicleByID(ctx, id)
}

func (r *queryResolver) MyVehicles(ctx context.Context) ([]*model.Vehicle, error) {
	user := auth.ForContext(ctx)
	if user == nil {
		return nil, errUnauthenticated
	}
	return r.Store.VehiclesByOwner(ctx, user.ID)
}

func (r *mutationResolver) DeleteDriver(ctx context.Context, id string) (bool, error) {
	if err := r.Store.DeleteDriver(ctx, id); err != nil {
		return false, err
	}
	return true, nil
}

func (r *mutationResolver) RetireVehicle(ctx context.Context, id string) (bool, error) {
	user := auth.ForContext(ctx)
	if user == nil || user.Role != "manager" {
		return false, errForbidden
	}
	return true, r.Store.RetireVehicle(ctx, id)
}

func (r *mutationResolver) RenameVehicle(ctx context.Context, id string, name string) (*model.Vehicle, error) {
	user := auth.ForContext(ctx)
	if user == nil {
		return nil, errUnauthenticated
	}
	return r.Store.RenameVehicleOfOwner(ctx, id, user.ID, name)
}

// Mutation returns MutationResolver implementation.
func (r *Resolver) Mutation() MutationResolver { return &mutationResolver{r} }

// Query returns QueryResolver implementation.
func (r *Resolver) Query() QueryResolver { return &queryResolver{r} }

type mutationResolver struct{ *Resolver }
type queryResolver struct{ *Resolver }
